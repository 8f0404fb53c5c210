namespace EcoGov.Data.Seeding;

// PLACEHOLDER until the decoder lands — must be replaced before commit.
public sealed class EChartsBoundaryReader : IBoundaryReader
{
    public byte[] ReadWkb(string boundariesDirectory, BoundaryRef boundary) => throw new NotImplementedException();
}
