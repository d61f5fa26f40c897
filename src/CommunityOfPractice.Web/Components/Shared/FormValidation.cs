using CommunityOfPractice.Features;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.Localization;

namespace CommunityOfPractice.Web.Components.Shared;

/// <summary>Shows a feature's <see cref="FieldError"/>s next to the fields they concern, in the person's language.</summary>
internal sealed class FormValidation
{
    private readonly ValidationMessageStore store;
    private readonly object model;

    public FormValidation(object model)
    {
        this.model = model;
        EditContext = new EditContext(model);
        store = new ValidationMessageStore(EditContext);
        EditContext.OnFieldChanged += (_, e) => store.Clear(e.FieldIdentifier);
    }

    public EditContext EditContext { get; }

    public bool HasErrors => EditContext.GetValidationMessages().Any();

    public void Show(IEnumerable<FieldError> errors, IStringLocalizer localizer)
    {
        store.Clear();
        foreach (var error in errors)
        {
            store.Add(new FieldIdentifier(model, error.Field), localizer[error.Message, error.Arguments]);
        }
        EditContext.NotifyValidationStateChanged();
    }

    /// <summary>
    /// The enumeration value a form field really carried: a value the form cannot map (a tampered radio or select)
    /// would otherwise arrive as the first choice, and be saved; it comes back undefined, for the feature to refuse.
    /// </summary>
    public static TEnum Posted<TEnum>(HttpContext context, string field, TEnum mapped) where TEnum : struct, Enum =>
        context.Request.HasFormContentType && context.Request.Form.TryGetValue(field, out var posted) && !Enum.TryParse<TEnum>(posted.ToString(), out _)
            ? (TEnum)Enum.ToObject(typeof(TEnum), -1)
            : mapped;

    public void Show(string field, string message)
    {
        store.Add(new FieldIdentifier(model, field), message);
        EditContext.NotifyValidationStateChanged();
    }
}
