#include "app/cli/syncoptions.h"

#include "app/cli/synccommand.h"
#include "core/store/synctargets.h"

using namespace Qt::StringLiterals;

namespace Springdesk::Cli {

namespace {

using Store::SyncRequest;

// Reads "--name value" or "--name=value" at args[i]; advances i over a separate value.
bool takeValue(const QStringList &args, qsizetype &i, const QString &name, QString &value, QString &error)
{
    const QString &a = args.at(i);
    if (a.startsWith(name + u'=')) {
        value = a.mid(name.size() + 1);
    } else if (a != name) {
        return false;
    } else if (i + 1 >= args.size()) {
        error = SyncCommand::tr("%1 needs a value.").arg(name);
        return true;
    } else {
        value = args.at(++i);
    }
    if (value.isEmpty())
        error = SyncCommand::tr("%1 needs a value.").arg(name);
    return true;
}

// What a sync is about; options of different kinds cannot be mixed.
enum class Kind
{
    Resources,
    User,
    Course,
    Group,
    Results,
};

struct Seen
{
    Kind kind;
    QString option;
};

// A usage error when options of two kinds were given, or a single-target option twice.
QString checkCombination(const QList<Seen> &seen)
{
    for (qsizetype i = 0; i < seen.size(); ++i) {
        for (qsizetype j = i + 1; j < seen.size(); ++j) {
            if (seen.at(i).kind != seen.at(j).kind) {
                return SyncCommand::tr("%1 cannot be combined with %2: run them as separate syncs.")
                    .arg(seen.at(i).option, seen.at(j).option);
            }
            const bool repeatable = seen.at(i).option == u"--resource" || seen.at(i).option == u"--results-for-user";
            if (seen.at(i).option == seen.at(j).option && !repeatable)
                return SyncCommand::tr("%1 can be given only once.").arg(seen.at(i).option);
        }
    }
    return {};
}

} // namespace

QString SyncOptions::usage()
{
    QStringList names;
    for (auto r : SyncRequest::allResources())
        names << SyncRequest::resourceName(r);
    return SyncCommand::tr("Usage: springdesk-cli sync [--profile NAME | --url URL] [--api-key-file FILE]\n"
                           "           [--resource NAME… | --user ID | --course ID | --group ID\n"
                           "            | --results-for-user ID… [--results-for-course ID]]\n"
                           "           [--full] [--ttl SECONDS] [--cache FILE] [--max-in-flight N]\n"
                           "Fills the local cache of the profile (or of the URL) from the server.\n"
                           "What to fetch (one kind at a time; without these: everything except results and\n"
                           "profile-members, which cost one call per user):\n"
                           "  --resource NAME    only this resource (repeatable): %1\n"
                           "  --user ID          one user (UID or external ID): details, subscriptions, results,\n"
                           "                     skill profiles and bundle-course subscriptions\n"
                           "  --course ID        one course (UID or external ID): details and its learners\n"
                           "  --group ID         one group (external ID): its members\n"
                           "  --results-for-user ID\n"
                           "                     the results of a cached user (UID or external ID; repeatable)\n"
                           "  --results-for-course ID\n"
                           "                     the results of a cached course's learners (UID or external ID); the\n"
                           "                     course's learners are fetched first when older than the TTL\n"
                           "Results take one call per user, so a full sync does not fetch them.\n"
                           "How:\n"
                           "  --full             fetch everything again, ignoring the TTL\n"
                           "  --ttl SECONDS      skip what was fetched less than SECONDS ago (default 3600)\n"
                           "  --cache FILE       use this cache file instead of the profile's\n"
                           "  --max-in-flight N  requests on the wire at once (default 8)\n")
               .arg(names.join(u", "_s))
        + ConnectionOptions::helpText();
}

QString SyncOptions::parse(QStringList args, SyncOptions &out)
{
    if (const QString err = ConnectionOptions::extract(args, out.connection); !err.isEmpty())
        return err;
    QList<Seen> seen;
    const QList<std::pair<QString, Kind>> targets{{u"--user"_s, Kind::User}, {u"--course"_s, Kind::Course},
        {u"--group"_s, Kind::Group}, {u"--results-for-user"_s, Kind::Results},
        {u"--results-for-course"_s, Kind::Results}};
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        QString value;
        QString error;
        if (a == u"--full") {
            out.request.force = true;
            continue;
        }
        if (takeValue(args, i, u"--resource"_s, value, error)) {
            if (!error.isEmpty())
                return error;
            const auto r = SyncRequest::resourceFromName(value);
            if (!r)
                return SyncCommand::tr("Unknown resource \"%1\".").arg(value);
            out.request.resources << *r;
            seen << Seen{Kind::Resources, u"--resource"_s};
            continue;
        }
        if (takeValue(args, i, u"--ttl"_s, value, error)) {
            if (!error.isEmpty())
                return error;
            bool ok = false;
            out.request.ttlSeconds = value.toLongLong(&ok);
            if (!ok || out.request.ttlSeconds < 0)
                return SyncCommand::tr("--ttl needs a number of seconds, not \"%1\".").arg(value);
            continue;
        }
        if (takeValue(args, i, u"--max-in-flight"_s, value, error)) {
            if (!error.isEmpty())
                return error;
            bool ok = false;
            out.maxInFlight = value.toInt(&ok);
            if (!ok || out.maxInFlight < 1 || out.maxInFlight > 64)
                return SyncCommand::tr("--max-in-flight needs a number from 1 to 64, not \"%1\".").arg(value);
            continue;
        }
        if (takeValue(args, i, u"--cache"_s, value, error)) {
            if (!error.isEmpty())
                return error;
            out.cacheFile = value;
            continue;
        }
        bool matched = false;
        for (const auto &[option, kind] : targets) {
            if (!takeValue(args, i, option, value, error))
                continue;
            if (!error.isEmpty())
                return error;
            matched = true;
            seen << Seen{kind, option};
            if (option == u"--results-for-user")
                out.resultsForUsers << value;
            else if (option == u"--results-for-course")
                out.resultsForCourse = value;
            else
                out.request.target = value;
            if (kind == Kind::User)
                out.request.scope = SyncRequest::Scope::User;
            else if (kind == Kind::Course)
                out.request.scope = SyncRequest::Scope::Course;
            else if (kind == Kind::Group)
                out.request.scope = SyncRequest::Scope::Group;
            break;
        }
        if (!matched)
            return SyncCommand::tr("Unknown argument \"%1\".").arg(a);
    }
    return checkCombination(seen);
}

QList<SyncRequest> SyncOptions::requests(QSqlDatabase cache, QStringList *errors) const
{
    if (!wantsResults())
        return {request};
    const Store::SyncTargets targets(std::move(cache));
    QStringList uids;
    for (const QString &id : resultsForUsers) {
        const QString uid = targets.userUid(id);
        if (uid.isEmpty()) {
            *errors << SyncCommand::tr("User \"%1\" is not in the cache: sync the users first (--resource users), "
                                       "or fetch this user with --user %1.")
                           .arg(id);
        } else if (!uids.contains(uid)) {
            uids << uid;
        }
    }
    QString courseUid;
    if (!resultsForCourse.isEmpty()) {
        courseUid = targets.courseUid(resultsForCourse);
        if (courseUid.isEmpty()) {
            *errors << SyncCommand::tr("Course \"%1\" is not in the cache: sync the courses first (--resource "
                                       "courses), or fetch it with --course %1.")
                           .arg(resultsForCourse);
        }
    }
    if (!errors->isEmpty())
        return {};
    if (!courseUid.isEmpty())
        return targets.courseResults(courseUid, uids, request.force, request.ttlSeconds);
    SyncRequest results = request;
    results.scope = SyncRequest::Scope::Results;
    results.resultsForUsers = uids;
    return {results};
}

} // namespace Springdesk::Cli
