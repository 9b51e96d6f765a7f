#include "core/store/columnfilter.h"

using namespace Qt::StringLiterals;

namespace Springdesk::Store {

QStringList ParsedFilter::values(const QString &key) const
{
    QStringList out;
    for (const auto &t : terms) {
        if (t.key == key && !out.contains(t.value))
            out << t.value;
    }
    return out;
}

std::optional<bool> ParsedFilter::flag(const QString &key) const
{
    const QStringList v = values(key);
    if (v.size() != 1)
        return std::nullopt;
    return v.first() == u"true";
}

ColumnFilter::ColumnFilter(QList<FilterKey> keys)
    : m_keys(std::move(keys))
{ }

const FilterKey *ColumnFilter::key(QStringView name) const
{
    for (const auto &k : m_keys) {
        if (name.compare(k.name, Qt::CaseInsensitive) == 0)
            return &k;
        for (const auto &a : k.aliases) {
            if (name.compare(a, Qt::CaseInsensitive) == 0)
                return &k;
        }
    }
    return nullptr;
}

std::optional<bool> ColumnFilter::parseBool(QStringView text)
{
    static const QStringList yes{u"true"_s, u"yes"_s, u"1"_s, u"ja"_s, u"waar"_s, u"y"_s, u"j"_s};
    static const QStringList no{u"false"_s, u"no"_s, u"0"_s, u"nee"_s, u"onwaar"_s, u"n"_s};
    const QString t = text.trimmed().toString().toLower();
    if (yes.contains(t))
        return true;
    if (no.contains(t))
        return false;
    return std::nullopt;
}

QStringList ColumnFilter::tokens(const QString &input)
{
    QStringList out;
    QString current;
    bool quoted = false;
    bool any = false; // the current token exists (it may be an empty quoted string)
    for (qsizetype i = 0; i < input.size(); ++i) {
        const QChar c = input.at(i);
        if (c == u'"') {
            if (quoted && i + 1 < input.size() && input.at(i + 1) == u'"') {
                current += u'"';
                ++i;
            } else {
                quoted = !quoted;
            }
            any = true;
        } else if (c.isSpace() && !quoted) {
            if (any)
                out << current;
            current.clear();
            any = false;
        } else {
            current += c;
            any = true;
        }
    }
    if (any)
        out << current;
    return out;
}

ParsedFilter ColumnFilter::parse(const QString &input) const
{
    ParsedFilter out;
    QStringList words;
    for (const QString &token : tokens(input)) {
        const qsizetype colon = token.indexOf(u':');
        const FilterKey *k = colon > 0 ? key(QStringView(token).left(colon)) : nullptr;
        if (!k) {
            if (!token.isEmpty())
                words << token;
            continue;
        }
        const QString typedKey = token.left(colon);
        const QString rawValue = token.mid(colon + 1);
        if (rawValue.trimmed().isEmpty()) {
            //: %1 is a filter key such as "type"; the user typed "type:" without a value
            out.problems << tr("%1: needs a value, e.g. %1:%2")
                                .arg(typedKey,
                                    k->kind == FilterKey::Kind::Bool ? u"true"_s
                                        : k->choices.isEmpty()
                                        ? u"…"_s
                                        : k->choices.first().second.value(0, k->choices.first().first));
            continue;
        }
        const QStringList values
            = k->kind == FilterKey::Kind::Text ? QStringList{rawValue} : rawValue.split(u',', Qt::SkipEmptyParts);
        for (const QString &raw : values) {
            const QString v = raw.trimmed();
            switch (k->kind) {
            case FilterKey::Kind::Text:
                out.terms << FilterTerm{k->name, v};
                break;
            case FilterKey::Kind::Bool:
                if (const auto b = parseBool(v))
                    out.terms << FilterTerm{k->name, *b ? u"true"_s : u"false"_s};
                else
                    //: %1 is a filter key such as "active", %2 what the user typed after the colon
                    out.problems << tr("%1:%2 — use yes or no (true or false).").arg(typedKey, v);
                break;
            case FilterKey::Kind::Choice: {
                QString stored;
                QStringList accepted;
                for (const auto &[value, spellings] : k->choices) {
                    accepted << spellings.value(0, value);
                    if (v.compare(value, Qt::CaseInsensitive) == 0)
                        stored = value;
                    for (const auto &s : spellings) {
                        if (stored.isEmpty() && v.compare(s, Qt::CaseInsensitive) == 0)
                            stored = value;
                    }
                }
                if (!stored.isEmpty())
                    out.terms << FilterTerm{k->name, stored};
                else
                    //: %1 is a filter key such as "type", %2 what the user typed, %3 the accepted words
                    out.problems << tr("%1:%2 is not known; use one of: %3.").arg(typedKey, v, accepted.join(u", "_s));
                break;
            }
            }
        }
    }
    out.text = words.join(u' ');
    return out;
}

} // namespace Springdesk::Store
