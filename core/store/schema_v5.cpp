#include "core/store/schema.h"

using namespace Qt::StringLiterals;

// Version 5: the skill profiles linked to each subenvironment (getResellerSkillProfiles, contract
// 2.3 R9). Profiles are linked to subenvironments by aNewSpring, never through the API, so these
// rows only ever come from that read: a sync replaces a subenvironment's rows with its answer.
// The profiles themselves are rows of skill_profiles (the answer carries them whole); a profile
// that disappears from getSkillProfiles takes its links with it.
//
// Self-contained (one new table, nothing else touched), so the step can be renumbered when
// another step takes its number first.
namespace Springdesk::Store::Schema {

Migration version5()
{
    return {5, u"skill profiles of subenvironments"_s,
        {
            uR"(CREATE TABLE subenvironment_skill_profiles (
                reseller_id TEXT NOT NULL CHECK (reseller_id <> ''),
                profile_uid TEXT NOT NULL REFERENCES skill_profiles(uid) ON DELETE CASCADE ON UPDATE CASCADE,
                fetched_at INTEGER NOT NULL,
                PRIMARY KEY (reseller_id, profile_uid)) WITHOUT ROWID)"_s,
            u"CREATE INDEX subenvironment_skill_profiles_profile ON subenvironment_skill_profiles(profile_uid)"_s,
        }};
}

} // namespace Springdesk::Store::Schema
