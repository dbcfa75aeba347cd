using OrderMatch.Data.Notifications;
using OrderMatch.Data.Pins;
using OrderMatch.Data.Plans;
using OrderMatch.Data.Runs;
using OrderMatch.Data.Users;
using OrderMatch.Domain.Model;

namespace OrderMatch.Web.Localization;

/// <summary>The words for roles, statuses and reason codes; an unknown order status shows as stored.</summary>
public static class StatusTexts
{
    public static UiText Role(UserRole role) => role switch
    {
        UserRole.Enterprise => Texts.RoleEnterprise,
        UserRole.Coordinator => Texts.RoleCoordinator,
        UserRole.Institution => Texts.RoleInstitution,
        _ => Texts.RoleAdmin,
    };

    public static UiText Order(string status) => status switch
    {
        "submitted" => Texts.StatusSubmitted,
        "planned" => Texts.StatusPlanned,
        "approved" => Texts.StatusApproved,
        "in_training" => Texts.StatusInTraining,
        "declined" => Texts.StatusDeclined,
        "cancelled" => Texts.StatusCancelled,
        _ => new UiText(status, status),
    };

    public static UiText Run(RunStatus status) => status switch
    {
        RunStatus.Queued => Texts.RunQueued,
        RunStatus.Running => Texts.RunRunning,
        RunStatus.Succeeded => Texts.RunSucceeded,
        RunStatus.Failed => Texts.RunFailed,
        _ => Texts.RunCancelled,
    };

    public static UiText Plan(PlanStatus status) => status switch
    {
        PlanStatus.Proposed => Texts.PlanProposed,
        PlanStatus.Approved => Texts.PlanApproved,
        PlanStatus.Rejected => Texts.PlanRejected,
        _ => Texts.PlanSuperseded,
    };

    public static UiText Solver(SolverStatus status) => status switch
    {
        SolverStatus.Optimal => Texts.SolverOptimal,
        SolverStatus.Feasible => Texts.SolverFeasible,
        SolverStatus.Infeasible => Texts.SolverInfeasible,
        _ => Texts.SolverTimeLimit,
    };

    /// <summary>A reason code's short name and its explanation.</summary>
    public static (UiText Name, UiText Explanation) Reason(ReasonCode code) => code switch
    {
        ReasonCode.NoOffer => (Texts.ReasonNoOffer, Texts.ReasonNoOfferText),
        ReasonCode.Price => (Texts.ReasonPrice, Texts.ReasonPriceText),
        ReasonCode.Travel => (Texts.ReasonTravel, Texts.ReasonTravelText),
        ReasonCode.SubsidyScope => (Texts.ReasonSubsidyScope, Texts.ReasonSubsidyScopeText),
        ReasonCode.NoTrainer => (Texts.ReasonNoTrainer, Texts.ReasonNoTrainerText),
        ReasonCode.NoRoom => (Texts.ReasonNoRoom, Texts.ReasonNoRoomText),
        ReasonCode.Window => (Texts.ReasonWindow, Texts.ReasonWindowText),
        ReasonCode.MinSize => (Texts.ReasonMinSize, Texts.ReasonMinSizeText),
        ReasonCode.Capacity => (Texts.ReasonCapacity, Texts.ReasonCapacityText),
        _ => (Texts.ReasonTimeLimit, Texts.ReasonTimeLimitText),
    };

    /// <summary>A decision of a class a pin keeps or a diff names: the whole class, course, institution, trainer, room or time.</summary>
    public static UiText Decision(string decision) => decision switch
    {
        PinDecision.WholeClass => Texts.DecisionClass,
        "course" => Texts.ClassCourse,
        PinDecision.Institution => Texts.ClassInstitution,
        PinDecision.Trainer => Texts.ClassTrainer,
        PinDecision.Room => Texts.ClassRoom,
        PinDecision.Time => Texts.DecisionTime,
        _ => new UiText(decision, decision),
    };

    public static UiText Outbox(OutboxStatus status) => status switch
    {
        OutboxStatus.Pending => Texts.OutboxPending,
        OutboxStatus.Sending => Texts.OutboxSending,
        OutboxStatus.Sent => Texts.OutboxSent,
        _ => Texts.OutboxFailed,
    };

    public static UiText Outbox(OutboxKind kind) => kind == OutboxKind.Plan ? Texts.OutboxKindPlan : Texts.OutboxKindDecline;

    /// <summary>A class answer as stored ("accepted", "declined").</summary>
    public static UiText Answer(string response) => response == "accepted" ? Texts.AnswerAccepted : Texts.AnswerDeclined;
}
