namespace GeoPlan.Core.Analysis.Network;

/// <summary>A binary min-heap of node ids keyed by travel time, with decrease-key; ties go to the lower node id.</summary>
/// <remarks>Breaking ties by id makes the order nodes leave the heap depend on the graph alone, so searches are repeatable.</remarks>
internal sealed class NodeHeap
{
    private readonly int[] _nodes;
    private readonly double[] _keys;

    // Per node: 0 when not in the heap, else its slot + 1.
    private readonly int[] _slotPlusOne;
    private int _count;

    public NodeHeap(int nodeCount)
    {
        _nodes = new int[nodeCount];
        _keys = new double[nodeCount];
        _slotPlusOne = new int[nodeCount];
    }

    public int Count => _count;

    /// <summary>Adds the node, or lowers its key when it is already in the heap with a higher one.</summary>
    public void Push(int node, double key)
    {
        var slot = _slotPlusOne[node] - 1;
        if (slot < 0)
        {
            slot = _count++;
        }
        else if (!Before(key, node, _keys[slot], node))
        {
            return;
        }

        SiftUp(slot, node, key);
    }

    /// <summary>Removes and returns the node with the lowest key.</summary>
    public int Pop(out double key)
    {
        var top = _nodes[0];
        key = _keys[0];
        _slotPlusOne[top] = 0;
        _count--;
        if (_count > 0)
        {
            SiftDown(0, _nodes[_count], _keys[_count]);
        }

        return top;
    }

    private static bool Before(double key, int node, double otherKey, int otherNode) =>
        key < otherKey || (key == otherKey && node < otherNode);

    private void SiftUp(int slot, int node, double key)
    {
        while (slot > 0)
        {
            var parent = (slot - 1) >> 1;
            if (!Before(key, node, _keys[parent], _nodes[parent]))
            {
                break;
            }

            Place(slot, _nodes[parent], _keys[parent]);
            slot = parent;
        }

        Place(slot, node, key);
    }

    private void SiftDown(int slot, int node, double key)
    {
        while (true)
        {
            var child = (2 * slot) + 1;
            if (child >= _count)
            {
                break;
            }

            var right = child + 1;
            if (right < _count && Before(_keys[right], _nodes[right], _keys[child], _nodes[child]))
            {
                child = right;
            }

            if (!Before(_keys[child], _nodes[child], key, node))
            {
                break;
            }

            Place(slot, _nodes[child], _keys[child]);
            slot = child;
        }

        Place(slot, node, key);
    }

    private void Place(int slot, int node, double key)
    {
        _nodes[slot] = node;
        _keys[slot] = key;
        _slotPlusOne[node] = slot + 1;
    }
}
