namespace OrderMatch.Web.Ui;

/// <summary>Why a page's action was refused: the HTTP status, the field and rule (as the API names them), and what the page says.</summary>
public sealed record ActionProblem(int Status, string Field, string Rule, string Text);
