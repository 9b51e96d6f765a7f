#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace Springdesk::Store {

// One key a list's filter field understands, e.g. "type" (choice), "active" (yes/no) or
// "parent" (free text). A model declares its keys; repositories turn the parsed terms into SQL.
struct FilterKey
{
    enum class Kind
    {
        Text, // any value, compared as the repository decides (usually equality)
        Bool, // true/false, yes/no, 1/0, ja/nee, waar/onwaar
        Choice, // one of `choices`
    };
    // A stored value and every word accepted for it, e.g. {"student", {"learner", "student", "cursist"}}.
    // Matching is case-insensitive; the stored value itself is always accepted.
    using Choice = std::pair<QString, QStringList>;

    QString name; // what the user types before the colon, e.g. "type"
    Kind kind = Kind::Text;
    QList<Choice> choices; // Kind::Choice
    QStringList aliases; // other accepted names, e.g. a translated "soort"
};

// One key:value of the input. `value` is normalised: "true"/"false" for Bool keys, the stored
// value of the choice for Choice keys, the text as typed (quotes removed) for Text keys.
struct FilterTerm
{
    QString key; // FilterKey::name, whichever alias was typed
    QString value;

    bool operator==(const FilterTerm &) const = default;
};

// What ColumnFilter::parse() makes of a filter field's text.
struct ParsedFilter
{
    QString text; // the words that are not key:value terms, joined by single spaces
    QList<FilterTerm> terms; // in input order; a key given twice means either value (OR)
    // Translated, one per rejected term (unknown choice, not a yes/no, empty value). A rejected
    // term filters nothing; the view shows the problems beside the field.
    QStringList problems;

    // Every value given for `key` (empty: the key was not used).
    QStringList values(const QString &key) const;
    // The Bool key's value; nullopt when absent or given both ways.
    std::optional<bool> flag(const QString &key) const;
    bool isEmpty() const { return text.isEmpty() && terms.isEmpty(); }
};

// Column-aware filter parsing shared by every list pane: `role:instructor active:false anna`
// gives the terms role=teacher (with a choice spelling "instructor" → "teacher"), active=false
// and the free text "anna". Syntax:
//   key:value          a term, when `key` (case-insensitive) is a known key or alias;
//   key:"two words"    a quoted value; "quoted free text" keeps its spaces in `text`;
//   key:a,b            either value (same as key:a key:b);
//   anything else      free text, e.g. "http://x" or "10:30" (their prefix is no key).
class ColumnFilter final
{
    Q_DECLARE_TR_FUNCTIONS(Springdesk::Store::ColumnFilter)

public:
    ColumnFilter() = default;
    explicit ColumnFilter(QList<FilterKey> keys);

    const QList<FilterKey> &keys() const { return m_keys; }
    // The key named `name` or with that alias, or nullptr.
    const FilterKey *key(QStringView name) const;
    ParsedFilter parse(const QString &input) const;

    // "true", "TRUE", "yes", "1", "ja", "waar" → true; "false", "no", "0", "nee", "onwaar" → false.
    static std::optional<bool> parseBool(QStringView text);
    // Splits on spaces outside double quotes (quotes are removed; "" inside quotes is a quote).
    static QStringList tokens(const QString &input);

private:
    QList<FilterKey> m_keys;
};

} // namespace Springdesk::Store
