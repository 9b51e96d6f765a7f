#pragma once

#include "core/domain/bundlecourse.h"
#include "core/domain/bundlecoursesubscription.h"
#include "core/domain/bundlesummary.h"
#include "core/domain/calendaritem.h"
#include "core/domain/eventparticipant.h"
#include "core/domain/skillprofile.h"
#include "core/store/storeerror.h"

#include <QDateTime>
#include <QSqlDatabase>

namespace Springdesk::Store {

// All SQL about the smaller listable resources: calendar items, skill profiles (and their
// members), bundles with bundle courses and bundle subscriptions, and bookable-event participants.
class CatalogRepository final
{
public:
    explicit CatalogRepository(QSqlDatabase db);

    // getEvents: the complete list replaces the cached calendar items.
    StoreError replaceCalendarItems(const QList<Domain::CalendarItem> &items, const QDateTime &fetchedAt);
    StoreError upsertCalendarItem(const Domain::CalendarItem &item, const QDateTime &fetchedAt);
    StoreError removeCalendarItem(const QString &externalId);
    QList<Domain::CalendarItem> calendarItems(const QString &courseUid = {}, StoreError *error = nullptr) const;

    // getSkillProfiles: the complete list replaces the cached profiles (members of removed ones go too).
    StoreError replaceSkillProfiles(const QList<Domain::SkillProfile> &profiles, const QDateTime &fetchedAt);
    // getStudentSkillProfiles(user): the user's profiles replace the cached links.
    StoreError replaceProfilesOfUser(
        const QString &userUid, const QList<Domain::SkillProfile> &profiles, const QDateTime &fetchedAt);
    // Profiles named in another answer (getResellerSkillProfiles): added or updated, none removed.
    StoreError upsertSkillProfiles(const QList<Domain::SkillProfile> &profiles, const QDateTime &fetchedAt);
    StoreError addProfileMembers(const QString &profileUid, const QStringList &userUids, const QDateTime &at);
    StoreError removeProfileMembers(const QString &profileUid, const QStringList &userUids);
    QList<Domain::SkillProfile> skillProfiles(StoreError *error = nullptr) const;
    // The profiles the user is linked to (as the cache knows them), by name.
    QList<Domain::SkillProfile> profilesOfUser(const QString &userUid, StoreError *error = nullptr) const;
    QString profileUidOf(const QString &externalId) const;

    // getBundles: the complete list replaces the cached bundles.
    StoreError replaceBundles(const QList<Domain::BundleSummary> &bundles, const QDateTime &fetchedAt);
    // getBundleCourses(bundle): replaces the bundle's courses.
    StoreError replaceBundleCourses(
        const QString &bundleUid, const QList<Domain::BundleCourse> &courses, const QDateTime &fetchedAt);
    // getBundleCourseSubscriptions(user): replaces the user's bundle-course subscriptions.
    StoreError replaceBundleSubscriptions(const QString &userUid,
        const QList<Domain::BundleCourseSubscription> &subscriptions, const QDateTime &fetchedAt);
    QList<Domain::BundleSummary> bundles(StoreError *error = nullptr) const;
    QList<Domain::BundleCourse> bundleCourses(const QString &bundleUid, StoreError *error = nullptr) const;
    // A user's bundle-course subscriptions (id/uid/name are the bundle course's), ordered by UID.
    QList<Domain::BundleCourseSubscription> bundleSubscriptionsOfUser(
        const QString &userUid, StoreError *error = nullptr) const;

    // getBookableEventSubscriptions(event): replaces the event's participants (event created if unknown).
    StoreError replaceEventParticipants(
        const QString &eventId, const QList<Domain::EventParticipant> &participants, const QDateTime &fetchedAt);
    QList<Domain::EventParticipant> eventParticipants(const QString &eventId, StoreError *error = nullptr) const;

private:
    QSqlDatabase m_db;
};

} // namespace Springdesk::Store
