#include "core/api/endpoints.h"

#include <QCoreApplication>

#include <array>

namespace Springdesk::Api {

namespace {

// Labels of the parameters for forms and messages, in the order of enum P.
constexpr std::array<const char *, PCount> ParamLabels = {
    "", // None
    QT_TRANSLATE_NOOP("Springdesk::Api::Params", "API key"), // _key
    QT_TRANSLATE_NOOP("Springdesk::Api::Params", "Return a success message"), // _returnSuccessMessage
    QT_TRANSLATE_NOOP("Springdesk::Api::Params", "Errors as JSON"), // _formatErrors
    QT_TRANSLATE_NOOP("Springdesk::Api::Params", "Indented answer"), // _pretty
    QT_TRANSLATE_NOOP("Springdesk::Api::Params", "Answer format"), // _format
    QT_TRANSLATE_NOOP("Springdesk::Api::Params", "User ID"), // userID
    QT_TRANSLATE_NOOP("Springdesk::Api::Params", "User UID"), // userUID
    QT_TRANSLATE_NOOP("Springdesk::Api::Params", "Group ID"), // groupID
    QT_TRANSLATE_NOOP("Springdesk::Api::Params", "Subenvironment ID"), // resellerID
    QT_TRANSLATE_NOOP("Springdesk::Api::Params", "Course ID"), // courseID
    QT_TRANSLATE_NOOP("Springdesk::Api::Params", "Course UID"), // courseUID
    QT_TRANSLATE_NOOP("Springdesk::Api::Params", "Template ID"), // templateID
    QT_TRANSLATE_NOOP("Springdesk::Api::Params", "Template UID"), // templateUID
    QT_TRANSLATE_NOOP("Springdesk::Api::Params", "New template ID"), // newTemplateID
    QT_TRANSLATE_NOOP("Springdesk::Api::Params", "UID"), // UID
    QT_TRANSLATE_NOOP("Springdesk::Api::Params", "Instructor ID"), // teacherID
    QT_TRANSLATE_NOOP("Springdesk::Api::Params", "Learner ID"), // studentID
    QT_TRANSLATE_NOOP("Springdesk::Api::Params", "Activity ID"), // activityID
    QT_TRANSLATE_NOOP("Springdesk::Api::Params", "Event ID"), // eventID
    QT_TRANSLATE_NOOP("Springdesk::Api::Params", "Profile ID"), // skillProfileID
    QT_TRANSLATE_NOOP("Springdesk::Api::Params", "Profile UID"), // skillProfileUID
    QT_TRANSLATE_NOOP("Springdesk::Api::Params", "Bundle ID"), // bundleID
    QT_TRANSLATE_NOOP("Springdesk::Api::Params", "Bundle UID"), // bundleUID
    QT_TRANSLATE_NOOP("Springdesk::Api::Params", "Content library ID"), // contentLabelID
    QT_TRANSLATE_NOOP("Springdesk::Api::Params", "Login"), // login
    QT_TRANSLATE_NOOP("Springdesk::Api::Params", "New ID"), // id
    QT_TRANSLATE_NOOP("Springdesk::Api::Params", "First name"), // firstName
    QT_TRANSLATE_NOOP("Springdesk::Api::Params", "Middle name"), // middleName
    QT_TRANSLATE_NOOP("Springdesk::Api::Params", "Last name"), // lastName
    QT_TRANSLATE_NOOP("Springdesk::Api::Params", "Initials"), // initials
    QT_TRANSLATE_NOOP("Springdesk::Api::Params", "Title"), // title
    QT_TRANSLATE_NOOP("Springdesk::Api::Params", "Gender"), // gender
    QT_TRANSLATE_NOOP("Springdesk::Api::Params", "E-mail"), // email
    QT_TRANSLATE_NOOP("Springdesk::Api::Params", "Job title"), // function
    QT_TRANSLATE_NOOP("Springdesk::Api::Params", "Company"), // company
    QT_TRANSLATE_NOOP("Springdesk::Api::Params", "Date of birth"), // dateOfBirth
    QT_TRANSLATE_NOOP("Springdesk::Api::Params", "Telephone"), // telephoneNumber
    QT_TRANSLATE_NOOP("Springdesk::Api::Params", "Fax"), // faxNumber
    QT_TRANSLATE_NOOP("Springdesk::Api::Params", "Mobile phone"), // cellPhoneNumber
    QT_TRANSLATE_NOOP("Springdesk::Api::Params", "Address"), // address
    QT_TRANSLATE_NOOP("Springdesk::Api::Params", "Postcode"), // zip
    QT_TRANSLATE_NOOP("Springdesk::Api::Params", "City"), // residence
    QT_TRANSLATE_NOOP("Springdesk::Api::Params", "Country"), // country
    QT_TRANSLATE_NOOP("Springdesk::Api::Params", "Invoice address"), // invoiceAddress
    QT_TRANSLATE_NOOP("Springdesk::Api::Params", "Invoice postcode"), // invoiceZip
    QT_TRANSLATE_NOOP("Springdesk::Api::Params", "Invoice city"), // invoiceResidence
    QT_TRANSLATE_NOOP("Springdesk::Api::Params", "Invoice country"), // invoiceCountry
    QT_TRANSLATE_NOOP("Springdesk::Api::Params", "Custom field 1"), // custom1
    QT_TRANSLATE_NOOP("Springdesk::Api::Params", "Custom field 2"), // custom2
    QT_TRANSLATE_NOOP("Springdesk::Api::Params", "Custom field 3"), // custom3
    QT_TRANSLATE_NOOP("Springdesk::Api::Params", "Custom field 4"), // custom4
    QT_TRANSLATE_NOOP("Springdesk::Api::Params", "Custom field 5"), // custom5
    QT_TRANSLATE_NOOP("Springdesk::Api::Params", "Language"), // locale
    QT_TRANSLATE_NOOP("Springdesk::Api::Params", "Time zone group"), // timeZoneGroup
    QT_TRANSLATE_NOOP("Springdesk::Api::Params", "Time zone"), // timeZone
    QT_TRANSLATE_NOOP("Springdesk::Api::Params", "Password"), // password
    QT_TRANSLATE_NOOP("Springdesk::Api::Params", "Generate a password"), // generatePassword
    QT_TRANSLATE_NOOP("Springdesk::Api::Params", "Force a password change"), // forcePasswordChange
    QT_TRANSLATE_NOOP("Springdesk::Api::Params", "Send a notification e-mail"), // notify
    QT_TRANSLATE_NOOP("Springdesk::Api::Params", "Active"), // active
    QT_TRANSLATE_NOOP("Springdesk::Api::Params", "Licence is renewable"), // renewable
    QT_TRANSLATE_NOOP("Springdesk::Api::Params", "Avatar"), // avatar
    QT_TRANSLATE_NOOP("Springdesk::Api::Params", "Delete the avatar"), // deleteAvatar
    QT_TRANSLATE_NOOP("Springdesk::Api::Params", "Role"), // role
    QT_TRANSLATE_NOOP("Springdesk::Api::Params", "Archived"), // archived
    QT_TRANSLATE_NOOP("Springdesk::Api::Params", "Users"), // user
    QT_TRANSLATE_NOOP("Springdesk::Api::Params", "Groups"), // group
    QT_TRANSLATE_NOOP("Springdesk::Api::Params", "Templates"), // template_
    QT_TRANSLATE_NOOP("Springdesk::Api::Params", "Events"), // event
    QT_TRANSLATE_NOOP("Springdesk::Api::Params", "Learners"), // student
    QT_TRANSLATE_NOOP("Springdesk::Api::Params", "Learner UIDs"), // studentUID
    QT_TRANSLATE_NOOP("Springdesk::Api::Params", "Instructors"), // teacher
    QT_TRANSLATE_NOOP("Springdesk::Api::Params", "Courses"), // course
    QT_TRANSLATE_NOOP("Springdesk::Api::Params", "Codes"), // code
    QT_TRANSLATE_NOOP("Springdesk::Api::Params", "Permissions"), // permission
    QT_TRANSLATE_NOOP("Springdesk::Api::Params", "Ignore existing ones"), // ignoreDuplicates
    QT_TRANSLATE_NOOP("Springdesk::Api::Params", "Ignore missing ones"), // ignoreMissing
    QT_TRANSLATE_NOOP("Springdesk::Api::Params", "Force"), // force
    QT_TRANSLATE_NOOP("Springdesk::Api::Params", "Add to the instructors' learner lists"), // addToTeacherStudents
    QT_TRANSLATE_NOOP("Springdesk::Api::Params", "Skip statistics"), // skipStats
    QT_TRANSLATE_NOOP("Springdesk::Api::Params", "As the learner sees it"), // asStudent
    QT_TRANSLATE_NOOP("Springdesk::Api::Params", "Include those without an ID"), // includeWithoutId
    QT_TRANSLATE_NOOP("Springdesk::Api::Params", "Remove instead of add"), // unset
    QT_TRANSLATE_NOOP("Springdesk::Api::Params", "Exclude instructor groups"), // excludeTeacherGroups
    QT_TRANSLATE_NOOP("Springdesk::Api::Params", "Expired"), // expired
    QT_TRANSLATE_NOOP("Springdesk::Api::Params", "Passed"), // passed
    QT_TRANSLATE_NOOP("Springdesk::Api::Params", "Completed"), // completed
    QT_TRANSLATE_NOOP("Springdesk::Api::Params", "Type"), // type
    QT_TRANSLATE_NOOP("Springdesk::Api::Params", "Name"), // name
    QT_TRANSLATE_NOOP("Springdesk::Api::Params", "Parent group"), // parent
    QT_TRANSLATE_NOOP("Springdesk::Api::Params", "Description"), // description
    QT_TRANSLATE_NOOP("Springdesk::Api::Params", "Start date"), // startDate
    QT_TRANSLATE_NOOP("Springdesk::Api::Params", "Expiry date"), // expireDate
    QT_TRANSLATE_NOOP("Springdesk::Api::Params", "Validity period"), // expireInterval
    QT_TRANSLATE_NOOP("Springdesk::Api::Params", "Instructors allowed"), // teachersAllowed
    QT_TRANSLATE_NOOP("Springdesk::Api::Params", "Instructor group"), // teacherGroup
    QT_TRANSLATE_NOOP("Springdesk::Api::Params", "Observer group"), // mentorGroup
    QT_TRANSLATE_NOOP("Springdesk::Api::Params", "Subenvironment"), // reseller
    QT_TRANSLATE_NOOP("Springdesk::Api::Params", "Access type"), // accessType
    QT_TRANSLATE_NOOP("Springdesk::Api::Params", "Summary"), // summary
    QT_TRANSLATE_NOOP("Springdesk::Api::Params", "Start"), // start
    QT_TRANSLATE_NOOP("Springdesk::Api::Params", "End"), // end
    QT_TRANSLATE_NOOP("Springdesk::Api::Params", "Number of codes"), // amount
    QT_TRANSLATE_NOOP("Springdesk::Api::Params", "Location"), // location
    QT_TRANSLATE_NOOP("Springdesk::Api::Params", "End date"), // endDate
    QT_TRANSLATE_NOOP("Springdesk::Api::Params", "Maximum participants"), // maxParticipants
    QT_TRANSLATE_NOOP("Springdesk::Api::Params", "Activity"), // activity
    QT_TRANSLATE_NOOP("Springdesk::Api::Params", "Score"), // score
    QT_TRANSLATE_NOOP("Springdesk::Api::Params", "Completion date"), // completeDate
    QT_TRANSLATE_NOOP("Springdesk::Api::Params", "Action"), // action
    QT_TRANSLATE_NOOP("Springdesk::Api::Params", "Token"), // token
    QT_TRANSLATE_NOOP("Springdesk::Api::Params", "Redirect address"), // redirect
};

} // namespace

QString paramLabel(P p)
{
    const char *label = ParamLabels[size_t(p)];
    return *label ? QCoreApplication::translate("Springdesk::Api::Params", label) : QString(paramName(p));
}

} // namespace Springdesk::Api
