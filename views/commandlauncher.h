#pragma once

#include "core/api/endpoints.h"
#include "core/api/rawparams.h"

#include <QString>
#include <QStringList>

class QWidget;

namespace Springdesk::Views {

// Opens the form of one API command, prefilled, for a pane's action ("Add to group…" on 30
// selected users, "Delete user", "Move group…"). Every change made from a pane goes through it,
// so the form, its validation, the confirmation of destructive commands, the send through the
// profile's ConnectionService (operation log, cache update, CacheChange) are written once. The
// main window implements it; panes receive it at construction; tests may give a fake.
class CommandLauncher
{
public:
    struct Request
    {
        Api::Fn fn = Api::Fn::GetUsers;
        // Values the form starts with (wire names; several values for a list parameter).
        Api::RawParams preset;
        // Wire names the form shows read-only (e.g. the group's ID in "Add users to group").
        QStringList locked;
        // The object the command is about, for titles and confirmations ("user Amelia Berg
        // (EMP-00001)"); empty: the form names it from the preset's ID parameter.
        QString objectLabel;
    };

    virtual ~CommandLauncher() = default;

    // Opens the command's form (window-modal, not blocking) and returns it; it deletes itself
    // when closed. Never sends anything by itself: the admin presses Send.
    virtual QWidget *openCommand(const Request &request) = 0;
};

} // namespace Springdesk::Views
