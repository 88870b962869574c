// SPDX-License-Identifier: GPL-3.0-or-later
// The account scan off the calling thread: the scan runs on a worker thread, progress and the
// result arrive as signals in the thread that owns the job (the GUI thread), so a page can show
// a busy indicator while tens of megabytes of settings are read.
#pragma once

#include "accountscanner.h"

#include <QObject>

#include <atomic>
#include <functional>

class QThread;

namespace od {

class AccountScanJob : public QObject
{
    Q_OBJECT
public:
    // Called on the worker thread with (done, total); returning false asks the scan to stop.
    using Progress = std::function<bool(int done, int total)>;
    // What the worker runs. It must not touch objects of other threads: it hands back a value.
    using ScanFunction = std::function<ReadResult(const Progress &progress)>;

    explicit AccountScanJob(const AccountScanner &scanner, QObject *parent = nullptr);
    explicit AccountScanJob(ScanFunction scan, QObject *parent = nullptr);
    // Stops the scan (at its next progress step) and waits for the worker.
    ~AccountScanJob() override;

    // Starts the scan; once per job.
    void start();
    // Stops at the scan's next progress step; finished() then carries what was read so far.
    void cancel();
    bool isRunning() const { return m_running; }
    bool isFinished() const { return m_finished; }
    const ReadResult &result() const { return m_result; }

signals:
    // done of total clients read.
    void progress(int done, int total);
    void finished(const od::ReadResult &result);

private:
    ScanFunction m_scan;
    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancel{false};
    bool m_running = false;
    bool m_finished = false;
    ReadResult m_result;
};

} // namespace od
