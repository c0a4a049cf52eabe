namespace Baton.Core.Workflows;

/// <summary>Type of a step question's answer; YAML spells them lower-case.</summary>
public enum AnswerType
{
    Text = 1,
    YesNo = 2,
    Number = 3,
    Choice = 4,
    Date = 5,
}
