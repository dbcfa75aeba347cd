namespace OrderMatch.Domain.Generation;

/// <summary>
/// An occupation of the national occupation classification (国家职业分类大典) as the generator uses it:
/// <see cref="Key"/> names its courses ("WELD-2"), <see cref="Popularity"/> weights supply and demand alike,
/// <see cref="Urgent"/> marks the 急需紧缺 list, <see cref="BasePrice"/> is the entry-level price in yuan.
/// </summary>
internal sealed record Occupation(string Key, string Code, string Name, string RoomType, double Popularity, bool Urgent, int BasePrice);
