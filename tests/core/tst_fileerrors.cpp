// SPDX-License-Identifier: GPL-3.0-or-later
// File problems: every problem has a stable, unique ID and a sentence; every QFileDevice error
// and the usual errno values have a problem; a failed open is told apart by what the path
// shows; the phrase's JSON carries the ID and is the same in every language.
#include "core/fileerrors.h"
#include "core/languages.h"
#include "privileges.h"

#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

#include <cerrno>

using namespace od;

namespace {

bool put(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

} // namespace

class TestFileErrors : public QObject
{
    Q_OBJECT
private slots:
    void cleanup() { installLanguage(QStringLiteral("en")); }
    void everyProblemHasARow();
    void everyFileErrorHasAProblem();
    void errnoValues_data();
    void errnoValues();
    void openProblems_data();
    void openProblems();
    void phraseJsonIsTheSameInEveryLanguage();
};

void TestFileErrors::everyProblemHasARow()
{
    QSet<QString> ids;
    QSet<QString> texts;
    for (int i = int(FileProblem::NotFound); i <= int(FileProblem::Unknown); ++i) {
        const FileProblemInfo info = fileProblemInfo(FileProblem(i));
        const QString id = QString::fromLatin1(info.id);
        QVERIFY2(!id.isEmpty(), qPrintable(QString::number(i)));
        QVERIFY2(!ids.contains(id), qPrintable(id));
        ids.insert(id);
        QVERIFY2(qstrlen(info.text) > 0, qPrintable(id));
        QVERIFY2(!texts.contains(QLatin1String(info.text)), info.text);
        texts.insert(QLatin1String(info.text));
        // IDs are lower-case words joined by hyphens, as the other IDs of the JSON.
        static const QRegularExpression idShape(QStringLiteral("^[a-z]+(-[a-z]+)*$"));
        QVERIFY2(idShape.match(id).hasMatch(), qPrintable(id));
        const Phrase p = fileProblemPhrase(FileProblem(i));
        QCOMPARE(p.text(), QLatin1String(info.text));
        QCOMPARE(QString::fromLatin1(p.id), id);
    }
}

void TestFileErrors::everyFileErrorHasAProblem()
{
    // QFileDevice::FileError has no meta-object: its values as Qt 6.4 lists them.
    const QList<QPair<QFileDevice::FileError, const char *>> expected = {
        {QFileDevice::NoError, "unknown"},           {QFileDevice::ReadError, "read-error"},
        {QFileDevice::WriteError, "write-error"},    {QFileDevice::FatalError, "fatal-error"},
        {QFileDevice::ResourceError, "out-of-resources"}, {QFileDevice::OpenError, "open-error"},
        {QFileDevice::AbortError, "aborted"},        {QFileDevice::TimeOutError, "timeout"},
        {QFileDevice::UnspecifiedError, "unknown"},  {QFileDevice::RemoveError, "remove-error"},
        {QFileDevice::RenameError, "rename-error"},  {QFileDevice::PositionError, "position-error"},
        {QFileDevice::ResizeError, "resize-error"},  {QFileDevice::PermissionsError, "permissions-error"},
        {QFileDevice::CopyError, "copy-error"},
    };
    QCOMPARE(int(expected.constLast().first), 14);
    for (const auto &[error, id] : expected)
        QCOMPARE(fileProblemId(fileProblemOf(error)), QLatin1String(id));
}

void TestFileErrors::errnoValues_data()
{
    QTest::addColumn<int>("error");
    QTest::addColumn<QString>("id");
    QTest::newRow("ENOENT") << ENOENT << "not-found";
    QTest::newRow("EACCES") << EACCES << "permission-denied";
    QTest::newRow("EPERM") << EPERM << "permission-denied";
    QTest::newRow("EISDIR") << EISDIR << "is-a-folder";
    QTest::newRow("ENOTDIR") << ENOTDIR << "path-not-a-folder";
    QTest::newRow("ENOSPC") << ENOSPC << "no-space";
    QTest::newRow("EROFS") << EROFS << "read-only-file-system";
    QTest::newRow("EMFILE") << EMFILE << "too-many-open-files";
    QTest::newRow("ENFILE") << ENFILE << "too-many-open-files";
    QTest::newRow("EINVAL: not a file problem we word") << EINVAL << "unknown";
    QTest::newRow("0") << 0 << "unknown";
}

void TestFileErrors::errnoValues()
{
    QFETCH(int, error);
    QFETCH(QString, id);
    QCOMPARE(fileProblemId(errnoProblem(error)), id);
}

void TestFileErrors::openProblems_data()
{
    QTest::addColumn<QString>("situation");
    QTest::addColumn<bool>("write");
    QTest::addColumn<bool>("saveFile");
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("needsNonRoot"); // root reads and writes whatever the permissions say
    QTest::newRow("read: missing") << "missing" << false << false << "not-found" << false;
    QTest::newRow("read: missing folder") << "missing-folder" << false << false << "not-found" << false;
    QTest::newRow("read: a folder") << "folder" << false << false << "is-a-folder" << false;
    QTest::newRow("read: path through a file") << "through-file" << false << false << "path-not-a-folder" << false;
    QTest::newRow("read: mode 000") << "mode-000" << false << false << "permission-denied" << true;
    QTest::newRow("write: a folder") << "folder" << true << false << "is-a-folder" << false;
    QTest::newRow("save: a folder") << "folder" << true << true << "is-a-folder" << false;
    QTest::newRow("save: path through a file") << "through-file" << true << true << "path-not-a-folder" << false;
    QTest::newRow("write: missing folder") << "missing-folder" << true << false << "not-found" << false;
    QTest::newRow("write: mode 000") << "mode-000" << true << false << "permission-denied" << true;
    QTest::newRow("save: folder mode 500") << "folder-500" << true << true << "permission-denied" << true;
    QTest::newRow("write new file: folder mode 500") << "folder-500-new" << true << false << "permission-denied" << true;
}

void TestFileErrors::openProblems()
{
    QFETCH(QString, situation);
    QFETCH(bool, write);
    QFETCH(bool, saveFile);
    QFETCH(QString, id);
    QFETCH(bool, needsNonRoot);
    if (needsNonRoot && odtest::runsAsRoot())
        QSKIP("running as root: permissions do not stop reading or writing");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("file"));
    QVERIFY(put(file, "x\n"));
    QString path;
    if (situation == QLatin1String("missing"))
        path = dir.filePath(QStringLiteral("missing"));
    else if (situation == QLatin1String("missing-folder"))
        path = dir.filePath(QStringLiteral("no/such/file"));
    else if (situation == QLatin1String("folder"))
        path = dir.path();
    else if (situation == QLatin1String("through-file"))
        path = file + QLatin1String("/inside");
    else if (situation == QLatin1String("mode-000")) {
        path = file;
        QVERIFY(QFile::setPermissions(file, QFile::Permissions()));
    } else if (situation.startsWith(QLatin1String("folder-500"))) {
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("closed")));
        const QString closed = dir.filePath(QStringLiteral("closed"));
        path = closed + (situation.endsWith(QLatin1String("new")) ? QLatin1String("/new") : QLatin1String("/file"));
        if (!situation.endsWith(QLatin1String("new")))
            QVERIFY(put(path, "x\n"));
        QVERIFY(QFile::setPermissions(closed, QFile::ReadOwner | QFile::ExeOwner));
    }
    QVERIFY(!path.isEmpty());
    const QIODevice::OpenMode mode = write ? QIODevice::WriteOnly : QIODevice::ReadOnly;
    FileProblem problem = FileProblem::Unknown;
    if (saveFile) {
        QSaveFile f(path);
        QVERIFY(!f.open(mode));
        problem = openProblem(f, mode);
    } else {
        QFile f(path);
        QVERIFY(!f.open(mode));
        problem = openProblem(f, mode);
    }
    QCOMPARE(fileProblemId(problem), id);
    // The test folder is removed with its contents again.
    QFile::setPermissions(dir.filePath(QStringLiteral("closed")), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

void TestFileErrors::phraseJsonIsTheSameInEveryLanguage()
{
    // Qt's own wording of a refused open is translated (qtbase's "Permission denied"); ours
    // keeps the code.
    QByteArray english;
    for (const char *lang : {"en", "de", "zh_CN"}) {
        QVERIFY(installLanguage(QLatin1String(lang)));
        const QJsonObject o = fileProblemPhrase(FileProblem::PermissionDenied).toJson();
        QCOMPARE(o.value(QStringLiteral("id")).toString(), QStringLiteral("permission-denied"));
        QCOMPARE(o.value(QStringLiteral("code")).toString(), QStringLiteral("permission denied"));
        QCOMPARE(o.value(QStringLiteral("context")).toString(), QStringLiteral("od::Files"));
        const QByteArray json = QJsonDocument(o).toJson(QJsonDocument::Compact);
        if (english.isEmpty())
            english = json;
        QCOMPARE(json, english);
    }
}

QTEST_GUILESS_MAIN(TestFileErrors)
#include "tst_fileerrors.moc"
