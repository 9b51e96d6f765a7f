#pragma once

#include <QCoreApplication>
#include <QFileDevice>
#include <QString>

class QFile;

namespace Springdesk::Platform {

// Files with people's data (the cache and its -wal/-shm journal, logs, exports and their temporary
// files) are readable by their owner only: 0600 files in 0700 folders, whatever the umask. Every
// part of Springdesk that creates such a file goes through here (docs/reliability.md).
class PrivateFiles final
{
    Q_DECLARE_TR_FUNCTIONS(Springdesk::Platform::PrivateFiles)

public:
    PrivateFiles() = delete;

    static constexpr QFileDevice::Permissions FilePermissions = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    static constexpr QFileDevice::Permissions FolderPermissions
        = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

    // Creates `folder` and its missing parents, each 0700. An existing folder keeps its mode unless
    // `tightenExisting` (for folders that are Springdesk's own, e.g. the default cache folder; never
    // for a folder the user chose, such as /tmp). False and a reason in *error on failure.
    static bool ensureFolder(const QString &folder, bool tightenExisting = false, QString *error = nullptr);

    // Makes `path` a 0600 file: creates it empty when missing (so data never lands in a file with
    // wider permissions), or tightens an existing one. False and a reason in *error on failure.
    static bool ensureFile(const QString &path, QString *error = nullptr);
    // Tightens `path` to 0600 when it exists; true when it does not exist or was tightened.
    static bool tightenIfExists(const QString &path);

    // Opens `file` with `mode`; a file it creates is 0600 from the start, an existing one is
    // tightened to 0600 before anything is written. Use for logs, exports and temporary files.
    static bool open(QFile &file, QIODevice::OpenMode mode, QString *error = nullptr);
};

} // namespace Springdesk::Platform
