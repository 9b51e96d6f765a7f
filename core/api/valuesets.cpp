#include "core/api/valuesets.h"

#include <array>

namespace Springdesk::Api {

namespace {

using L = QLatin1StringView;

struct SetRow
{
    const char *name;
    bool closed;
    QList<AllowedValue> values;
};

// clang-format off
const std::array<SetRow, ValueSetCount> &sets()
{
    static const std::array<SetRow, ValueSetCount> rows = {{
        {"", false, {}},
        {QT_TRANSLATE_NOOP("Springdesk::Api::ValueSets", "role"), true,
         {{L("student"), QT_TRANSLATE_NOOP("Springdesk::Api::ValueSets", "Learner")},
          {L("teacher"), QT_TRANSLATE_NOOP("Springdesk::Api::ValueSets", "Instructor")},
          {L("mentor"), QT_TRANSLATE_NOOP("Springdesk::Api::ValueSets", "Observer")},
          {L("author"), QT_TRANSLATE_NOOP("Springdesk::Api::ValueSets", "Author")},
          {L("designer"), QT_TRANSLATE_NOOP("Springdesk::Api::ValueSets", "Designer")},
          {L("administrator"), QT_TRANSLATE_NOOP("Springdesk::Api::ValueSets", "Administrator")},
          {L("reseller"), QT_TRANSLATE_NOOP("Springdesk::Api::ValueSets", "Reseller")},
          {L("tenant"), QT_TRANSLATE_NOOP("Springdesk::Api::ValueSets", "Tenant")}}},
        {QT_TRANSLATE_NOOP("Springdesk::Api::ValueSets", "group type"), true,
         {{L("student"), QT_TRANSLATE_NOOP("Springdesk::Api::ValueSets", "Learner group")},
          {L("teacher"), QT_TRANSLATE_NOOP("Springdesk::Api::ValueSets", "Instructor group")},
          {L("mentor"), QT_TRANSLATE_NOOP("Springdesk::Api::ValueSets", "Observer group")}}},
        {QT_TRANSLATE_NOOP("Springdesk::Api::ValueSets", "content library role"), true,
         {{L("author"), QT_TRANSLATE_NOOP("Springdesk::Api::ValueSets", "Author")},
          {L("designer"), QT_TRANSLATE_NOOP("Springdesk::Api::ValueSets", "Designer")}}},
        {QT_TRANSLATE_NOOP("Springdesk::Api::ValueSets", "instructor permission"), true,
         {{L("CourseSettings"), QT_TRANSLATE_NOOP("Springdesk::Api::ValueSets", "Change course settings")},
          {L("EditCalendar"), QT_TRANSLATE_NOOP("Springdesk::Api::ValueSets", "Add calendar items")},
          {L("EditTeacherStudents"), QT_TRANSLATE_NOOP("Springdesk::Api::ValueSets", "Compose own learner list")},
          {L("ReceiveStudentMessage"), QT_TRANSLATE_NOOP("Springdesk::Api::ValueSets", "Send and receive learner messages")},
          {L("ReceiveCoursePartNotification"), QT_TRANSLATE_NOOP("Springdesk::Api::ValueSets", "Receive course notifications")},
          {L("AssessorPossible"), QT_TRANSLATE_NOOP("Springdesk::Api::ValueSets", "Assess activities")}}},
        {QT_TRANSLATE_NOOP("Springdesk::Api::ValueSets", "access code type"), true,
         {{L("regular"), QT_TRANSLATE_NOOP("Springdesk::Api::ValueSets", "Regular")},
          {L("exam"), QT_TRANSLATE_NOOP("Springdesk::Api::ValueSets", "Exam")}}},
        {QT_TRANSLATE_NOOP("Springdesk::Api::ValueSets", "calendar item type"), true,
         {{L("Meeting"), QT_TRANSLATE_NOOP("Springdesk::Api::ValueSets", "Meeting")},
          {L("Exam"), QT_TRANSLATE_NOOP("Springdesk::Api::ValueSets", "Exam")}}},
        {QT_TRANSLATE_NOOP("Springdesk::Api::ValueSets", "gender"), false,
         {{L("male"), QT_TRANSLATE_NOOP("Springdesk::Api::ValueSets", "Male")},
          {L("female"), QT_TRANSLATE_NOOP("Springdesk::Api::ValueSets", "Female")},
          {L("unknown"), QT_TRANSLATE_NOOP("Springdesk::Api::ValueSets", "Unknown")}}},
    }};
    return rows;
}
// clang-format on

} // namespace

const QList<AllowedValue> &ValueSets::values(ValueSet set)
{
    return sets()[size_t(set)].values;
}

bool ValueSets::isClosed(ValueSet set)
{
    return sets()[size_t(set)].closed;
}

QStringList ValueSets::wires(ValueSet set)
{
    QStringList out;
    for (const AllowedValue &v : values(set))
        out.append(QString(v.wire));
    return out;
}

QString ValueSets::label(ValueSet set, QStringView wire)
{
    for (const AllowedValue &v : values(set)) {
        if (v.wire == wire)
            return tr(v.label);
    }
    return wire.toString();
}

QString ValueSets::canonical(ValueSet set, QStringView text)
{
    for (const AllowedValue &v : values(set)) {
        if (v.wire.compare(text, Qt::CaseInsensitive) == 0)
            return QString(v.wire);
    }
    return {};
}

QString ValueSets::setName(ValueSet set)
{
    return tr(sets()[size_t(set)].name);
}

} // namespace Springdesk::Api
