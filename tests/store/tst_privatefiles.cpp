// PrivateFiles: 0600 files in 0700 folders whatever the umask (issue 9 item 7). The cache uses it
// (tst_cachedatabase); logs, exports and their temporary files are to use it too.
#include "core/platform/privatefiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using Springdesk::Platform::PrivateFiles;
using namespace Qt::StringLiterals;

namespace {

// The mode bits as stat() reports them (Qt's Owner and User flags are the same bits here).
int modeOf(const QString &path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

// Runs `f` with umask 0, so nothing but PrivateFiles restricts the mode.
template <typename F> auto withoutUmask(F f)
{
    const mode_t old = ::umask(0);
    auto result = f();
    ::umask(old);
    return result;
}

} // namespace

class TestPrivateFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void foldersAreCreatedPrivate()
    {
        QTemporaryDir dir;
        const QString deep = dir.filePath(u"a/b/c"_s);
        QString error;
        QVERIFY2(withoutUmask([&] { return PrivateFiles::ensureFolder(deep, false, &error); }), qPrintable(error));
        for (const QString &p : {dir.filePath(u"a"_s), dir.filePath(u"a/b"_s), deep})
            QCOMPARE(modeOf(p), 0700);
        QCOMPARE(modeOf(dir.path()), 0700); // QTemporaryDir's own; untouched either way
    }

    void existingFoldersAreTightenedOnlyWhenAsked()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(u"existing"_s);
        QVERIFY(QDir().mkdir(folder));
        QVERIFY(::chmod(QFile::encodeName(folder).constData(), 0755) == 0);
        QVERIFY(PrivateFiles::ensureFolder(folder, false));
        QCOMPARE(modeOf(folder), 0755);
        QVERIFY(PrivateFiles::ensureFolder(folder, true));
        QCOMPARE(modeOf(folder), 0700);
    }

    void filesAreCreatedOrTightenedTo0600()
    {
        QTemporaryDir dir;
        const QString fresh = dir.filePath(u"fresh.sqlite"_s);
        QVERIFY(withoutUmask([&] { return PrivateFiles::ensureFile(fresh); }));
        QCOMPARE(modeOf(fresh), 0600);
        QCOMPARE(QFileInfo(fresh).size(), 0);

        const QString old = dir.filePath(u"old.log"_s);
        QFile f(old);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("kept");
        f.close();
        QVERIFY(::chmod(QFile::encodeName(old).constData(), 0644) == 0);
        QVERIFY(PrivateFiles::ensureFile(old));
        QCOMPARE(modeOf(old), 0600);
        QCOMPARE(QFileInfo(old).size(), 4); // never truncated
        QVERIFY(PrivateFiles::tightenIfExists(dir.filePath(u"absent"_s)));
    }

    void openCreatesAPrivateFileBeforeWriting()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(u"export.csv.part"_s));
        QString error;
        QVERIFY2(
            withoutUmask([&] { return PrivateFiles::open(file, QIODevice::WriteOnly, &error); }), qPrintable(error));
        QCOMPARE(modeOf(file.fileName()), 0600);
        QVERIFY(file.write("name,e-mail\n") > 0);
        file.close();

        QVERIFY(!PrivateFiles::open(file, QIODevice::WriteOnly | QIODevice::NewOnly, &error)); // exists
        QVERIFY(error.contains(file.fileName()));
    }
};

QTEST_GUILESS_MAIN(TestPrivateFiles)
#include "tst_privatefiles.moc"
