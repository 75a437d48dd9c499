using NewsExtract.Text;

namespace NewsExtract.Tests.Text;

public sealed class ReusedBufferTests
{
    [Fact]
    public void A_buffer_of_ordinary_size_keeps_its_storage()
    {
        var list = new List<int>(Enumerable.Range(0, 1_000));
        var capacity = list.Capacity;

        ReusedBuffer.Clear(list);

        Assert.Empty(list);
        Assert.Equal(capacity, list.Capacity);
    }

    [Fact]
    public void A_buffer_a_huge_input_grew_lets_its_storage_go()
    {
        var list = new List<int>(Enumerable.Range(0, ReusedBuffer.KeptItems + 1));

        ReusedBuffer.Clear(list);

        Assert.Empty(list);
        Assert.Equal(0, list.Capacity);
    }
}
