#include "core/store/schema.h"

using namespace Qt::StringLiterals;

// Version 2: the registry of IDs the API cannot list (groups, access-code groups, bookable
// events, subenvironments, content libraries). `sources` is a bit set of KnownIdRegistry::Source;
// entries are marked missing or deleted, never silently dropped.
namespace Springdesk::Store::Schema {

Migration version2()
{
    return {2, u"registry of known IDs"_s,
        {
            uR"(CREATE TABLE known_ids (
                kind TEXT NOT NULL
                    CHECK (kind IN ('group', 'accessCodeGroup', 'bookableEvent', 'subenvironment', 'contentLibrary')),
                external_id TEXT NOT NULL CHECK (external_id <> ''),
                sources INTEGER NOT NULL DEFAULT 0,
                state TEXT NOT NULL DEFAULT 'unknown' CHECK (state IN ('unknown', 'exists', 'missing', 'deleted')),
                first_seen INTEGER NOT NULL,
                last_seen INTEGER NOT NULL,
                last_checked INTEGER,
                missing_since INTEGER,
                note TEXT,
                PRIMARY KEY (kind, external_id)) WITHOUT ROWID)"_s,
            u"CREATE INDEX known_ids_state ON known_ids(kind, state)"_s,
        }};
}

} // namespace Springdesk::Store::Schema
