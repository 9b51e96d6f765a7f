#pragma once

#include <QString>

namespace Springdesk::Store {

// An error of the local cache, as data. `message` is for logs and for the GUI (already
// translated where it is user-facing); `sqlError` is SQLite's own text.
struct StoreError
{
    enum class Kind
    {
        None,
        Open, // the file could not be opened or created
        Corrupt, // quick_check failed or the file is not a database
        NewerSchema, // the file was written by a newer Springdesk
        Migration, // a schema migration failed (rolled back)
        Query, // a statement failed
        InvalidArgument, // the caller passed something the store cannot keep
    };

    Kind kind = Kind::None;
    QString message;
    QString sqlError;

    bool isError() const { return kind != Kind::None; }
    explicit operator bool() const { return isError(); }

    static StoreError make(Kind k, QString msg, QString sql = {}) { return {k, std::move(msg), std::move(sql)}; }
};

} // namespace Springdesk::Store
