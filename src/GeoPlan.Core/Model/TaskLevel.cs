namespace GeoPlan.Core.Model;

/// <summary>The depth of a node in the action plan's tree.</summary>
public enum TaskLevel
{
    /// <summary>A chapter, numbered 三 to 十 (id "3" to "10").</summary>
    Chapter,

    /// <summary>A section of a chapter, numbered （一）, （二）... (id "3.1").</summary>
    Section,

    /// <summary>A numbered task of a section (id "3.1.2").</summary>
    Task,
}
