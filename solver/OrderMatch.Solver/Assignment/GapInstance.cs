namespace OrderMatch.Solver.Assignment;

/// <summary>
/// One generalized assignment instance: assign every job to one agent; job j on agent i costs <c>Cost[i, j]</c> and
/// uses <c>Resource[i, j]</c> of the agent's <c>Capacity[i]</c>. The objective (total cost) is minimised.
/// </summary>
public sealed record GapInstance(string Name, int Agents, int Jobs, int[,] Cost, int[,] Resource, int[] Capacity);
