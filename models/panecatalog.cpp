#include "models/panecatalog.h"

using namespace Qt::StringLiterals;

namespace Springdesk::Models {

QList<Pane> PaneCatalog::allPanes()
{
    return {Pane::Users, Pane::UserGroups, Pane::Subenvironments, Pane::SubscriptionsResults, Pane::TemplatesCourses,
        Pane::CalendarItems, Pane::AccessCodes, Pane::Events, Pane::Profiles, Pane::Bundles, Pane::SsoLinks,
        Pane::Reports, Pane::Dashboard};
}

PaneInfo PaneCatalog::info(Pane pane)
{
    switch (pane) {
    case Pane::Users:
        return {pane, tr("Users"),
            tr("Find, create, edit and delete users, set their roles and content labels, and import or export "
               "them in bulk."),
            u"system-users"_s};
    case Pane::UserGroups:
        return {pane, tr("User groups"), tr("Create and edit user groups and manage which users belong to them."),
            u"user-group-new"_s};
    case Pane::Subenvironments:
        return {pane, tr("Subenvironments"),
            tr("Assign users, groups, templates and events to subenvironments (resellers)."), u"network-workgroup"_s};
    case Pane::SubscriptionsResults:
        return {pane, tr("Subscriptions & results"),
            tr("Subscribe users and groups to courses, and review and export their progress and results."),
            u"view-list-details"_s};
    case Pane::TemplatesCourses:
        return {pane, tr("Templates & courses"),
            tr("Browse templates, create courses from them, and manage instructors and observers."),
            u"folder-documents"_s};
    case Pane::CalendarItems:
        return {pane, tr("Calendar items"), tr("Plan and edit calendar items of courses and subscribe users to them."),
            u"x-office-calendar"_s};
    case Pane::AccessCodes:
        return {pane, tr("Access codes"), tr("Generate access codes for templates and see which have been used."),
            u"dialog-password"_s};
    case Pane::Events:
        return {pane, tr("Events"), tr("Manage bookable events, their subscriptions, attendance and scores."),
            u"appointment-new"_s};
    case Pane::Profiles:
        return {pane, tr("Skill profiles"), tr("See skill profiles and which users have them."), u"user-info"_s};
    case Pane::Bundles:
        return {
            pane, tr("Bundles"), tr("Browse bundles and subscribe users to bundle courses."), u"package-x-generic"_s};
    case Pane::SsoLinks:
        return {pane, tr("SSO login links"),
            tr("Create single sign-on login links that take a user straight into a course."), u"emblem-shared"_s};
    case Pane::Reports:
        return {pane, tr("Reports"),
            tr("Export ready-made reports of the local cache (users, rosters, results, expiring subscriptions…) "
               "to spreadsheets."),
            u"x-office-spreadsheet"_s};
    case Pane::Dashboard:
        return {pane, tr("Dashboard"),
            tr("Charts of the local cache: subscriptions by status, progress per course and expirations in the "
               "coming weeks."),
            u"office-chart-bar"_s};
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<Pane> PaneCatalog::fromKey(QStringView key)
{
    for (const Pane pane : allPanes()) {
        if (PaneCatalog::key(pane) == key)
            return pane;
    }
    return std::nullopt;
}

QString PaneCatalog::key(Pane pane)
{
    switch (pane) {
    case Pane::Users:
        return u"users"_s;
    case Pane::UserGroups:
        return u"user-groups"_s;
    case Pane::Subenvironments:
        return u"subenvironments"_s;
    case Pane::SubscriptionsResults:
        return u"subscriptions-results"_s;
    case Pane::TemplatesCourses:
        return u"templates-courses"_s;
    case Pane::CalendarItems:
        return u"calendar-items"_s;
    case Pane::AccessCodes:
        return u"access-codes"_s;
    case Pane::Events:
        return u"events"_s;
    case Pane::Profiles:
        return u"profiles"_s;
    case Pane::Bundles:
        return u"bundles"_s;
    case Pane::SsoLinks:
        return u"sso-links"_s;
    case Pane::Reports:
        return u"reports"_s;
    case Pane::Dashboard:
        return u"dashboard"_s;
    }
    Q_UNREACHABLE();
    return {};
}

} // namespace Springdesk::Models
