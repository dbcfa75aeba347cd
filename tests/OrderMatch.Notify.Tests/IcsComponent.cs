namespace OrderMatch.Notify.Tests;

internal sealed class IcsComponent(string name)
{
    public string Name { get; } = name;

    public List<IcsProperty> Properties { get; } = [];

    public List<IcsComponent> Components { get; } = [];

    public IEnumerable<IcsComponent> All(string name) => Components.Where(c => c.Name == name);

    public string Value(string property) => Properties.Single(p => p.Name == property).Value;

    public IEnumerable<IcsProperty> Each(string property) => Properties.Where(p => p.Name == property);
}
