#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace Springdesk::Domain {

// A user as getUser returns it (contract 2.1). Strings the server leaves out are empty.
struct User
{
    QString id; // external ID; empty when the user has none
    QString uid;
    QString login;
    QString email;
    QString title;
    QString firstName;
    QString middleName;
    QString lastName;
    QString initials;
    QString gender;
    QString company;
    QString function;
    QDate dateOfBirth; // null when not set
    QString telephoneNumber;
    QString faxNumber;
    QString cellPhoneNumber;
    QString address;
    QString zip;
    QString residence;
    QString country;
    QString invoiceAddress;
    QString invoiceZip;
    QString invoiceResidence;
    QString invoiceCountry;
    QString custom1;
    QString custom2;
    QString custom3;
    QString custom4;
    QString custom5;
    QString locale;
    QString timeZoneGroup;
    QString timeZone;
    bool active = false;
    bool renewable = false;
    std::optional<bool> archived; // not always sent (contract: inferred)
    QStringList roles; // sorted; the API sends them unordered

    bool operator==(const User &) const = default;
};

} // namespace Springdesk::Domain
