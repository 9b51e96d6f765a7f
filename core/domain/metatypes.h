#pragma once

// Registers the domain types with Qt's meta-type system so they travel in QVariant (an ApiJob's
// value) and across queued connections.

#include "core/domain/accesscode.h"
#include "core/domain/bundlecourse.h"
#include "core/domain/bundlecoursesubscription.h"
#include "core/domain/bundlesummary.h"
#include "core/domain/calendaritem.h"
#include "core/domain/course.h"
#include "core/domain/courseresult.h"
#include "core/domain/eventparticipant.h"
#include "core/domain/logintoken.h"
#include "core/domain/skillprofile.h"
#include "core/domain/studentsubscription.h"
#include "core/domain/subscription.h"
#include "core/domain/templatesummary.h"
#include "core/domain/user.h"
#include "core/domain/usersummary.h"

#include <QList>
#include <QMetaType>

Q_DECLARE_METATYPE(Springdesk::Domain::User)
Q_DECLARE_METATYPE(Springdesk::Domain::UserSummary)
Q_DECLARE_METATYPE(Springdesk::Domain::Subscription)
Q_DECLARE_METATYPE(Springdesk::Domain::CourseResult)
Q_DECLARE_METATYPE(Springdesk::Domain::StudentSubscription)
Q_DECLARE_METATYPE(Springdesk::Domain::TemplateSummary)
Q_DECLARE_METATYPE(Springdesk::Domain::Course)
Q_DECLARE_METATYPE(Springdesk::Domain::CalendarItem)
Q_DECLARE_METATYPE(Springdesk::Domain::AccessCode)
Q_DECLARE_METATYPE(Springdesk::Domain::EventParticipant)
Q_DECLARE_METATYPE(Springdesk::Domain::SkillProfile)
Q_DECLARE_METATYPE(Springdesk::Domain::BundleSummary)
Q_DECLARE_METATYPE(Springdesk::Domain::BundleCourse)
Q_DECLARE_METATYPE(Springdesk::Domain::BundleCourseSubscription)
Q_DECLARE_METATYPE(Springdesk::Domain::LoginToken)
