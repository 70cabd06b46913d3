using GeoPlan.Core.Tiles;

namespace GeoPlan.Server.Tiles;

/// <summary>What identifies a tile made: the tileset, the scenario year (null for all features) and the address.</summary>
public readonly record struct TileKey(string Tileset, int? Year, TileAddress Tile);
