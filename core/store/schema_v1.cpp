#include "core/store/schema.h"

using namespace Qt::StringLiterals;

// Version 1: every resource and relation the API exposes. Rows are keyed by UID where the API
// has one (users, templates, courses, profiles, bundles, bundle courses) with the external ID
// as a second unique key, and by external ID where it has none (user groups, calendar items,
// access-code groups, bookable events). fetched_at is milliseconds since the epoch (UTC).
// Dates and date-times are kept as the ISO 8601 text the API sent.
namespace Springdesk::Store::Schema {

Migration version1()
{
    return {1, u"resources and relations"_s,
        {
            // The columns panes filter and sort on; the rest of getUser's fields live in
            // details_json (non-empty fields only), which keeps bulk writes of 100,000 users fast.
            uR"(CREATE TABLE users (
                user_key INTEGER PRIMARY KEY,
                uid TEXT NOT NULL UNIQUE,
                external_id TEXT UNIQUE,
                login TEXT NOT NULL DEFAULT '',
                email TEXT NOT NULL DEFAULT '',
                name TEXT NOT NULL DEFAULT '',
                first_name TEXT,
                last_name TEXT,
                active INTEGER NOT NULL DEFAULT 1,
                archived INTEGER,
                roles TEXT, -- sorted, comma-separated copy of user_roles for display; NULL until getUser
                details_json TEXT,
                detail_fetched_at INTEGER,
                fetched_at INTEGER NOT NULL))"_s,
            uR"(CREATE TABLE user_roles (
                user_uid TEXT NOT NULL REFERENCES users(uid) ON DELETE CASCADE ON UPDATE CASCADE,
                role TEXT NOT NULL,
                PRIMARY KEY (user_uid, role)) WITHOUT ROWID)"_s,
            u"CREATE INDEX user_roles_role ON user_roles(role, user_uid)"_s,

            uR"(CREATE TABLE user_groups (
                external_id TEXT PRIMARY KEY NOT NULL,
                name TEXT,
                type TEXT,
                parent_id TEXT,
                fetched_at INTEGER NOT NULL))"_s,
            u"CREATE INDEX user_groups_parent ON user_groups(parent_id)"_s,
            uR"(CREATE TABLE group_members (
                group_id TEXT NOT NULL REFERENCES user_groups(external_id) ON DELETE CASCADE ON UPDATE CASCADE,
                user_uid TEXT NOT NULL REFERENCES users(uid) ON DELETE CASCADE ON UPDATE CASCADE,
                fetched_at INTEGER NOT NULL,
                PRIMARY KEY (group_id, user_uid)) WITHOUT ROWID)"_s,
            u"CREATE INDEX group_members_user ON group_members(user_uid)"_s,

            uR"(CREATE TABLE subenvironment_links (
                reseller_id TEXT NOT NULL,
                member_kind TEXT NOT NULL CHECK (member_kind IN ('user', 'group', 'template', 'event')),
                member_id TEXT NOT NULL,
                fetched_at INTEGER NOT NULL,
                PRIMARY KEY (reseller_id, member_kind, member_id)) WITHOUT ROWID)"_s,
            u"CREATE INDEX subenvironment_links_member ON subenvironment_links(member_kind, member_id)"_s,

            uR"(CREATE TABLE content_library_users (
                content_label_id TEXT NOT NULL,
                user_uid TEXT NOT NULL REFERENCES users(uid) ON DELETE CASCADE ON UPDATE CASCADE,
                role TEXT NOT NULL,
                fetched_at INTEGER NOT NULL,
                PRIMARY KEY (content_label_id, user_uid, role)) WITHOUT ROWID)"_s,

            uR"(CREATE TABLE templates (
                uid TEXT PRIMARY KEY NOT NULL,
                external_id TEXT UNIQUE,
                name TEXT NOT NULL DEFAULT '',
                fetched_at INTEGER NOT NULL))"_s,
            uR"(CREATE TABLE courses (
                uid TEXT PRIMARY KEY NOT NULL,
                external_id TEXT UNIQUE,
                template_uid TEXT REFERENCES templates(uid) ON DELETE SET NULL ON UPDATE CASCADE,
                name TEXT NOT NULL DEFAULT '',
                title TEXT, description TEXT,
                is_template INTEGER NOT NULL DEFAULT 0,
                active INTEGER, archived INTEGER,
                reseller TEXT, type TEXT, access_type TEXT,
                start_date TEXT, expire_date TEXT, expire_interval TEXT,
                teachers_allowed INTEGER,
                teacher_group TEXT,
                mentor_group TEXT,
                detail_fetched_at INTEGER,
                fetched_at INTEGER NOT NULL))"_s,
            u"CREATE INDEX courses_template ON courses(template_uid)"_s,
            u"CREATE INDEX courses_teacher_group ON courses(teacher_group)"_s,
            u"CREATE INDEX courses_mentor_group ON courses(mentor_group)"_s,
            uR"(CREATE TABLE course_permissions (
                course_uid TEXT NOT NULL REFERENCES courses(uid) ON DELETE CASCADE ON UPDATE CASCADE,
                teacher_uid TEXT NOT NULL REFERENCES users(uid) ON DELETE CASCADE ON UPDATE CASCADE,
                permission TEXT NOT NULL,
                fetched_at INTEGER NOT NULL,
                PRIMARY KEY (course_uid, teacher_uid, permission)) WITHOUT ROWID)"_s,
            uR"(CREATE TABLE teacher_students (
                course_uid TEXT NOT NULL REFERENCES courses(uid) ON DELETE CASCADE ON UPDATE CASCADE,
                teacher_uid TEXT NOT NULL REFERENCES users(uid) ON DELETE CASCADE ON UPDATE CASCADE,
                student_uid TEXT NOT NULL REFERENCES users(uid) ON DELETE CASCADE ON UPDATE CASCADE,
                fetched_at INTEGER NOT NULL,
                PRIMARY KEY (course_uid, teacher_uid, student_uid)) WITHOUT ROWID)"_s,
            u"CREATE INDEX teacher_students_student ON teacher_students(course_uid, student_uid)"_s,

            uR"(CREATE TABLE subscriptions (
                user_uid TEXT NOT NULL REFERENCES users(uid) ON DELETE CASCADE ON UPDATE CASCADE,
                course_uid TEXT NOT NULL REFERENCES courses(uid) ON DELETE CASCADE ON UPDATE CASCADE,
                reseller TEXT, active INTEGER,
                subscribe_date TEXT, subscribe_date_time TEXT, start_date TEXT, start_date_time TEXT,
                finished INTEGER, expired INTEGER,
                progress_done INTEGER, progress_total INTEGER,
                knowledge_intake REAL, efficiency REAL, objectives_progress REAL,
                fetched_at INTEGER NOT NULL,
                PRIMARY KEY (user_uid, course_uid)) WITHOUT ROWID)"_s,
            u"CREATE INDEX subscriptions_course ON subscriptions(course_uid)"_s,
            uR"(CREATE TABLE results (
                user_uid TEXT NOT NULL REFERENCES users(uid) ON DELETE CASCADE ON UPDATE CASCADE,
                course_uid TEXT NOT NULL REFERENCES courses(uid) ON DELETE CASCADE ON UPDATE CASCADE,
                completed INTEGER, complete_date TEXT,
                grade TEXT, passed INTEGER, grade_date TEXT,
                last_training_completed_date TEXT, last_training_completed_date_time TEXT,
                fetched_at INTEGER NOT NULL,
                PRIMARY KEY (user_uid, course_uid)) WITHOUT ROWID)"_s,
            u"CREATE INDEX results_course ON results(course_uid)"_s,
            uR"(CREATE TABLE result_parts (
                user_uid TEXT NOT NULL,
                course_uid TEXT NOT NULL,
                position INTEGER NOT NULL,
                part_id TEXT, part_uid TEXT, name TEXT, type TEXT, sub_type TEXT, block_name TEXT,
                completed INTEGER, complete_date TEXT, complete_date_time TEXT,
                score TEXT, passed INTEGER,
                PRIMARY KEY (user_uid, course_uid, position),
                FOREIGN KEY (user_uid, course_uid) REFERENCES results(user_uid, course_uid)
                    ON DELETE CASCADE ON UPDATE CASCADE) WITHOUT ROWID)"_s,
            uR"(CREATE TABLE result_attempts (
                user_uid TEXT NOT NULL,
                course_uid TEXT NOT NULL,
                part_position INTEGER NOT NULL,
                attempt_number INTEGER NOT NULL,
                start_date TEXT, start_date_time TEXT,
                completed INTEGER, complete_date TEXT, complete_date_time TEXT, expire_date TEXT,
                progress TEXT, score TEXT, passed INTEGER,
                terms_json TEXT, criteria_json TEXT,
                PRIMARY KEY (user_uid, course_uid, part_position, attempt_number),
                FOREIGN KEY (user_uid, course_uid, part_position)
                    REFERENCES result_parts(user_uid, course_uid, position)
                    ON DELETE CASCADE ON UPDATE CASCADE) WITHOUT ROWID)"_s,

            uR"(CREATE TABLE calendar_items (
                external_id TEXT PRIMARY KEY NOT NULL,
                course_id TEXT, course_uid TEXT,
                type TEXT, summary TEXT, description TEXT,
                start TEXT, end TEXT,
                fetched_at INTEGER NOT NULL))"_s,
            u"CREATE INDEX calendar_items_course ON calendar_items(course_uid)"_s,

            uR"(CREATE TABLE access_code_groups (
                external_id TEXT PRIMARY KEY NOT NULL,
                name TEXT, type TEXT, reseller TEXT, start_date TEXT, expire_date TEXT,
                fetched_at INTEGER NOT NULL))"_s,
            uR"(CREATE TABLE access_code_group_courses (
                group_id TEXT NOT NULL REFERENCES access_code_groups(external_id) ON DELETE CASCADE ON UPDATE CASCADE,
                course_id TEXT NOT NULL,
                PRIMARY KEY (group_id, course_id)) WITHOUT ROWID)"_s,
            uR"(CREATE TABLE access_codes (
                group_id TEXT NOT NULL REFERENCES access_code_groups(external_id) ON DELETE CASCADE ON UPDATE CASCADE,
                code TEXT NOT NULL,
                user_id TEXT,
                used INTEGER,
                fetched_at INTEGER NOT NULL,
                PRIMARY KEY (group_id, code)) WITHOUT ROWID)"_s,

            uR"(CREATE TABLE bookable_events (
                external_id TEXT PRIMARY KEY NOT NULL,
                name TEXT, description TEXT, location TEXT,
                start_date TEXT, end_date TEXT,
                max_participants INTEGER, reseller TEXT,
                fetched_at INTEGER NOT NULL))"_s,
            uR"(CREATE TABLE bookable_event_teachers (
                event_id TEXT NOT NULL REFERENCES bookable_events(external_id) ON DELETE CASCADE ON UPDATE CASCADE,
                teacher_id TEXT NOT NULL,
                fetched_at INTEGER NOT NULL,
                PRIMARY KEY (event_id, teacher_id)) WITHOUT ROWID)"_s,
            uR"(CREATE TABLE bookable_event_parts (
                event_id TEXT NOT NULL REFERENCES bookable_events(external_id) ON DELETE CASCADE ON UPDATE CASCADE,
                course_id TEXT NOT NULL,
                activity_id TEXT NOT NULL,
                fetched_at INTEGER NOT NULL,
                PRIMARY KEY (event_id, course_id, activity_id)) WITHOUT ROWID)"_s,
            uR"(CREATE TABLE event_participants (
                event_id TEXT NOT NULL REFERENCES bookable_events(external_id) ON DELETE CASCADE ON UPDATE CASCADE,
                user_uid TEXT NOT NULL REFERENCES users(uid) ON DELETE CASCADE ON UPDATE CASCADE,
                attended INTEGER, score TEXT, subscribe_date_time TEXT,
                fetched_at INTEGER NOT NULL,
                PRIMARY KEY (event_id, user_uid)) WITHOUT ROWID)"_s,

            uR"(CREATE TABLE skill_profiles (
                uid TEXT PRIMARY KEY NOT NULL,
                external_id TEXT UNIQUE,
                name TEXT NOT NULL DEFAULT '',
                description TEXT,
                fetched_at INTEGER NOT NULL))"_s,
            uR"(CREATE TABLE skill_profile_members (
                profile_uid TEXT NOT NULL REFERENCES skill_profiles(uid) ON DELETE CASCADE ON UPDATE CASCADE,
                user_uid TEXT NOT NULL REFERENCES users(uid) ON DELETE CASCADE ON UPDATE CASCADE,
                fetched_at INTEGER NOT NULL,
                PRIMARY KEY (profile_uid, user_uid)) WITHOUT ROWID)"_s,
            u"CREATE INDEX skill_profile_members_user ON skill_profile_members(user_uid)"_s,

            uR"(CREATE TABLE bundles (
                uid TEXT PRIMARY KEY NOT NULL,
                external_id TEXT UNIQUE,
                name TEXT NOT NULL DEFAULT '',
                fetched_at INTEGER NOT NULL))"_s,
            uR"(CREATE TABLE bundle_courses (
                uid TEXT PRIMARY KEY NOT NULL,
                external_id TEXT UNIQUE,
                bundle_uid TEXT REFERENCES bundles(uid) ON DELETE CASCADE ON UPDATE CASCADE,
                name TEXT NOT NULL DEFAULT '',
                active INTEGER, start_date TEXT, expire_date TEXT,
                fetched_at INTEGER NOT NULL))"_s,
            u"CREATE INDEX bundle_courses_bundle ON bundle_courses(bundle_uid)"_s,
            uR"(CREATE TABLE bundle_course_courses (
                bundle_course_uid TEXT NOT NULL REFERENCES bundle_courses(uid) ON DELETE CASCADE ON UPDATE CASCADE,
                course_uid TEXT NOT NULL,
                course_id TEXT,
                course_name TEXT,
                PRIMARY KEY (bundle_course_uid, course_uid)) WITHOUT ROWID)"_s,
            uR"(CREATE TABLE bundle_subscriptions (
                user_uid TEXT NOT NULL REFERENCES users(uid) ON DELETE CASCADE ON UPDATE CASCADE,
                bundle_course_uid TEXT NOT NULL REFERENCES bundle_courses(uid) ON DELETE CASCADE ON UPDATE CASCADE,
                active INTEGER, start_date TEXT, expire_date TEXT, expired INTEGER, subscribe_date TEXT,
                fetched_at INTEGER NOT NULL,
                PRIMARY KEY (user_uid, bundle_course_uid)) WITHOUT ROWID)"_s,
        }};
}

} // namespace Springdesk::Store::Schema
