#pragma once

#include "core/domain/skillprofile.h"
#include "core/store/columnfilter.h"
#include "core/store/knownidregistry.h"
#include "core/store/storeerror.h"

#include <QDateTime>
#include <QSqlDatabase>

namespace Springdesk::Store {

// A subenvironment ("reseller") as far as the cache knows it. The API cannot list them: an ID is
// known from the registry (created links, Track…, references recorded by commands) or because a
// cached row names it (a course's or subscription's reseller, an access-code group's, a bookable
// event's, a link).
struct SubenvironmentRow
{
    QString id; // the external ID (resellerID)
    bool tracked = false; // in the registry of known IDs
    KnownId::State state = KnownId::State::Unknown; // Unknown when not tracked
    QDateTime lastChecked; // invalid when never checked
    int users = 0; // linked through addResellerUsers (as far as Springdesk sent it)
    int groups = 0;
    int templates = 0;
    int events = 0;
    int skillProfiles = 0; // from getResellerSkillProfiles
    int courses = 0; // cached courses whose reseller it is
    QDateTime profilesFetchedAt; // getResellerSkillProfiles last answered; invalid when never
};

// One thing linked to a subenvironment, for a details list.
struct SubenvironmentLink
{
    enum class Kind
    {
        User,
        Group,
        Template,
        Event,
        SkillProfile,
    };
    Kind kind = Kind::User;
    QString id; // as linked: external ID (or the UID a command used); a profile's UID when it has no ID
    QString uid; // users, templates and profiles when cached
    QString name; // empty when the cache does not know the object
};

// All SQL about subenvironments for the panes and the sync: the skill profiles linked to each
// (table subenvironment_skill_profiles, written from getResellerSkillProfiles), the list of
// known subenvironments with counts, and what is linked to one. Links of users, groups,
// templates and events are written by LinkRepository (from the commands Springdesk sent).
class SubenvironmentRepository final
{
public:
    enum class Sort
    {
        Id,
        State,
        Users,
        Groups,
        Templates,
        Events,
        SkillProfiles,
        Courses,
        LastChecked,
    };

    explicit SubenvironmentRepository(QSqlDatabase db);

    // Filter keys rows() understands (besides free text on the ID): state (unchecked, exists,
    // missing, deleted; translated words too) and tracked (yes/no). Labels come from the caller.
    static QList<FilterKey> filterKeys(const QList<FilterKey::Choice> &stateWords);

    // getResellerSkillProfiles(resellerId): the answer's profiles are upserted into skill_profiles
    // and replace the subenvironment's links, in one transaction.
    StoreError replaceSkillProfiles(
        const QString &resellerId, const QList<Domain::SkillProfile> &profiles, const QDateTime &fetchedAt);
    QList<Domain::SkillProfile> skillProfilesOf(const QString &resellerId, StoreError *error = nullptr) const;
    // The subenvironments a profile is linked to, ordered by ID.
    QStringList subenvironmentsOfProfile(const QString &profileUid, StoreError *error = nullptr) const;

    // Every subenvironment ID the cache knows (registry and references), ordered, without the
    // ones Springdesk deleted: what a full sync asks getResellerSkillProfiles about.
    QStringList knownIds(StoreError *error = nullptr) const;

    QList<SubenvironmentRow> rows(const ParsedFilter &filter = {}, Sort sort = Sort::Id,
        Qt::SortOrder order = Qt::AscendingOrder, StoreError *error = nullptr) const;
    // What is linked to `resellerId`, ordered by kind, then name and ID.
    QList<SubenvironmentLink> links(const QString &resellerId, StoreError *error = nullptr) const;

    // sync_marks scope of getResellerSkillProfiles (key: the subenvironment ID).
    static constexpr QLatin1StringView ProfilesMarkScope{"subenvironmentProfiles"};

private:
    QSqlDatabase m_db;
};

} // namespace Springdesk::Store
