#pragma once

#include "core/domain/accesscode.h"
#include "core/store/storeerror.h"

#include <QDateTime>
#include <QSqlDatabase>

namespace Springdesk::Store {

// All SQL about what only Springdesk's own commands tell: subenvironment links, content-library
// authors/designers, access-code groups and codes, bookable events with instructors and parts.
// The API cannot list these; CacheUpdater writes them from the commands sent.
class LinkRepository final
{
public:
    explicit LinkRepository(QSqlDatabase db);

    // memberKind: user | group | template | event
    StoreError linkSubenvironment(
        const QString &resellerId, const QString &memberKind, const QStringList &memberIds, const QDateTime &at);
    StoreError unlinkSubenvironment(const QString &resellerId, const QString &memberKind, const QStringList &memberIds);
    QStringList subenvironmentMembers(const QString &resellerId, const QString &memberKind) const;

    StoreError addContentLibraryUsers(
        const QString &contentLabelId, const QStringList &userUids, const QString &role, const QDateTime &at);
    StoreError removeContentLibraryUsers(const QString &contentLabelId, const QStringList &userUids);

    StoreError upsertAccessCodeGroup(const QString &id, const QString &name, const QString &type,
        const QStringList &courseIds, const QString &reseller, const QDateTime &at);
    StoreError addAccessCodes(const QString &groupId, const QList<Domain::AccessCode> &codes, const QDateTime &at);
    StoreError removeAccessCodes(const QString &groupId, const QStringList &codes);
    StoreError removeAccessCodeGroup(const QString &id);
    QList<Domain::AccessCode> accessCodes(const QString &groupId) const;

    // Empty values leave the cached ones.
    StoreError upsertBookableEvent(const QString &id, const QString &name, const QString &description,
        const QString &location, const QString &start, const QString &end, int maxParticipants, const QString &reseller,
        const QDateTime &at);
    StoreError setBookableEventTeachers(
        const QString &eventId, const QStringList &teacherIds, bool add, const QDateTime &at);
    StoreError setBookableEventPart(
        const QString &eventId, const QString &courseId, const QString &activityId, bool add, const QDateTime &at);
    QStringList bookableEventTeachers(const QString &eventId) const;

private:
    QSqlDatabase m_db;
};

} // namespace Springdesk::Store
