#include "models/vocabulary.h"

#include "core/api/valuesets.h"

using namespace Qt::StringLiterals;

namespace Springdesk::Models {

QString Vocabulary::roleName(const QString &apiValue)
{
    return Api::ValueSets::label(Api::ValueSet::Role, apiValue);
}

QString Vocabulary::roleNames(const QStringList &apiValues)
{
    QStringList names;
    for (const QString &value : apiValues)
        names << roleName(value);
    //: separator between role names in a list, e.g. "Learner, Instructor"
    return names.join(tr(", "));
}

QString Vocabulary::genderName(const QString &apiValue)
{
    return Api::ValueSets::label(Api::ValueSet::Gender, apiValue);
}

using Store::FilterKey;
using Store::KnownId;

QString Vocabulary::groupType(const QString &type)
{
    return Api::ValueSets::label(Api::ValueSet::GroupType, type);
}

QList<FilterKey::Choice> Vocabulary::groupTypeChoices()
{
    // the English words always work; the translated ones are added when they differ
    const auto choice = [](const QString &value, const QString &english, const QString &plural) {
        QStringList words{english, plural};
        const QString translated = groupType(value).toLower();
        if (!words.contains(translated))
            words << translated;
        return FilterKey::Choice{value, words};
    };
    return {choice(u"student"_s, u"learner"_s, u"learners"_s), choice(u"teacher"_s, u"instructor"_s, u"instructors"_s),
        choice(u"mentor"_s, u"observer"_s, u"observers"_s)};
}

QList<FilterKey::Choice> Vocabulary::roleChoices()
{
    QList<FilterKey::Choice> choices;
    for (const Api::AllowedValue &value : Api::ValueSets::values(Api::ValueSet::Role)) {
        const QString wire = value.wire;
        QStringList words{wire};
        for (const QString &word : {QString::fromLatin1(value.label).toLower(), roleName(wire).toLower()}) {
            if (!word.isEmpty() && !words.contains(word))
                words << word;
        }
        choices.append({wire, words});
    }
    return choices;
}

QString Vocabulary::knownIdState(KnownId::State state, bool tracked)
{
    if (!tracked)
        //: an ID that is not in the registry of known IDs
        return tr("not tracked");
    switch (state) {
    case KnownId::State::Unknown:
        //: the existence of a known ID was never checked on the server
        return tr("not checked");
    case KnownId::State::Exists:
        return tr("exists");
    case KnownId::State::Missing:
        //: the server said this ID does not exist (any more)
        return tr("missing");
    case KnownId::State::Deleted:
        //: deleted through Springdesk
        return tr("deleted");
    }
    return {};
}

QList<FilterKey::Choice> Vocabulary::knownIdStateChoices()
{
    QList<FilterKey::Choice> out;
    const QList<std::pair<KnownId::State, QStringList>> english{{KnownId::State::Unknown, {u"unchecked"_s}},
        {KnownId::State::Exists, {u"exists"_s, u"known"_s}}, {KnownId::State::Missing, {u"missing"_s}},
        {KnownId::State::Deleted, {u"deleted"_s}}};
    for (const auto &[state, words] : english) {
        QStringList all = words;
        const QString translated = knownIdState(state).remove(u' ').toLower(); // "nietgecontroleerd"
        if (!all.contains(translated))
            all << translated;
        out.append({Store::KnownIdRegistry::stateName(state), all});
    }
    return out;
}

QString Vocabulary::linkKind(Store::SubenvironmentLink::Kind kind)
{
    using K = Store::SubenvironmentLink::Kind;
    switch (kind) {
    case K::User:
        return tr("User");
    case K::Group:
        return tr("User group");
    case K::Template:
        return tr("Template");
    case K::Event:
        //: a bookable event (not a calendar item)
        return tr("Event");
    case K::SkillProfile:
        return tr("Skill profile");
    }
    return {};
}

} // namespace Springdesk::Models
