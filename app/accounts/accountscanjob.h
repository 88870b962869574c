// SPDX-License-Identifier: GPL-3.0-or-later
// The account scan off the calling thread: AccountScanner::scan() runs on a worker thread,
// progress and the result arrive as signals in the thread that owns the job (the GUI thread),
// so a page can show a busy indicator while tens of megabytes of settings are read.
#pragma once

#include "accountscanner.h"

#include <QObject>

#include <atomic>

class QThread;

namespace od {

class AccountScanJob : public QObject
{
    Q_OBJECT
public:
    explicit AccountScanJob(const AccountScanner &scanner, QObject *parent = nullptr);
    // Stops the scan (after the client being read) and waits for the worker.
    ~AccountScanJob() override;

    // Starts the scan; once per job.
    void start();
    // Stops after the client being read; finished() then carries what was read so far.
    void cancel();
    bool isRunning() const { return m_running; }
    bool isFinished() const { return m_finished; }
    const ReadResult &result() const { return m_result; }

signals:
    // done of total clients read.
    void progress(int done, int total);
    void finished(const od::ReadResult &result);

private:
    AccountScanner m_scanner;
    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancel{false};
    bool m_running = false;
    bool m_finished = false;
    ReadResult m_result;
};

} // namespace od
