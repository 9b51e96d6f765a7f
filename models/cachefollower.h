#pragma once

#include <QString>

namespace Springdesk::Models {

// Anything in a pane that reads the local cache (the pane's list model, a members list, a details
// part): it follows the pane's cache file and reads again when a sync or a command wrote to it.
// Views::ResourcePane keeps a list of them, so a pane does not repeat "same file: reload, other
// file: switch" for each part.
class CacheFollower
{
public:
    virtual ~CacheFollower() = default;

    virtual QString cacheFile() const = 0;
    // Another cache file (empty: none): reads it.
    virtual void setCacheFile(const QString &filePath) = 0;
    // Reads the same cache file again.
    virtual void reload() = 0;

    // Reads again when `filePath` is the file already followed, else switches to it.
    void follow(const QString &filePath)
    {
        if (filePath == cacheFile() && !filePath.isEmpty())
            reload();
        else
            setCacheFile(filePath);
    }
};

} // namespace Springdesk::Models
