#pragma once

// Decoding of every value the API returns into the core/domain types. Each function reads one
// JSON value (`path` names it in errors, e.g. "users[3]"), returns false and fills `error` on
// the first problem, and never returns a half-filled success. See JsonReader for what is tolerated.

#include "core/api/decodeerror.h"
#include "core/domain/accesscode.h"
#include "core/domain/bundlecourse.h"
#include "core/domain/bundlecoursesubscription.h"
#include "core/domain/bundlesummary.h"
#include "core/domain/calendaritem.h"
#include "core/domain/course.h"
#include "core/domain/courseresult.h"
#include "core/domain/eventparticipant.h"
#include "core/domain/skillprofile.h"
#include "core/domain/studentsubscription.h"
#include "core/domain/subscription.h"
#include "core/domain/templatesummary.h"
#include "core/domain/user.h"
#include "core/domain/usersummary.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QList>

namespace Springdesk::Api {

bool decode(const QJsonValue &value, const QString &path, Domain::User &out, DecodeError &error);
bool decode(const QJsonValue &value, const QString &path, Domain::UserSummary &out, DecodeError &error);
bool decode(const QJsonValue &value, const QString &path, Domain::Subscription &out, DecodeError &error);
bool decode(const QJsonValue &value, const QString &path, Domain::ResultTerm &out, DecodeError &error);
bool decode(const QJsonValue &value, const QString &path, Domain::ResultCriterion &out, DecodeError &error);
bool decode(const QJsonValue &value, const QString &path, Domain::ResultAttempt &out, DecodeError &error);
bool decode(const QJsonValue &value, const QString &path, Domain::ResultPart &out, DecodeError &error);
bool decode(const QJsonValue &value, const QString &path, Domain::CourseResult &out, DecodeError &error);
bool decode(const QJsonValue &value, const QString &path, Domain::StudentSubscription &out, DecodeError &error);
bool decode(const QJsonValue &value, const QString &path, Domain::TemplateSummary &out, DecodeError &error);
bool decode(const QJsonValue &value, const QString &path, Domain::Course &out, DecodeError &error);
bool decode(const QJsonValue &value, const QString &path, Domain::CalendarItem &out, DecodeError &error);
bool decode(const QJsonValue &value, const QString &path, Domain::AccessCode &out, DecodeError &error);
bool decode(const QJsonValue &value, const QString &path, Domain::EventParticipant &out, DecodeError &error);
bool decode(const QJsonValue &value, const QString &path, Domain::SkillProfile &out, DecodeError &error);
bool decode(const QJsonValue &value, const QString &path, Domain::BundleSummary &out, DecodeError &error);
bool decode(const QJsonValue &value, const QString &path, Domain::CourseReference &out, DecodeError &error);
bool decode(const QJsonValue &value, const QString &path, Domain::BundleCourse &out, DecodeError &error);
bool decode(const QJsonValue &value, const QString &path, Domain::BundleCourseSubscription &out, DecodeError &error);

// Decodes every element of `array`; the elements' paths are "path[i]".
template <typename T> bool decodeArray(const QJsonArray &array, const QString &path, QList<T> &out, DecodeError &error)
{
    QList<T> result;
    result.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        T item;
        if (!decode(array.at(i), path + u'[' + QString::number(i) + u']', item, error))
            return false;
        result.append(std::move(item));
    }
    out = std::move(result);
    return true;
}

} // namespace Springdesk::Api
