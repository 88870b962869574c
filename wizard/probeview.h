// SPDX-License-Identifier: GPL-3.0-or-later
// A live view of one SmtpProbe run: a row per endpoint tried in parallel, under it a row per
// step (spinner while awaited, tick or cross with the time it took), and the conversation
// with the server of the selected endpoint, folded away until asked for. Each endpoint shows
// its end as soon as it ends, not when the whole run does.
#pragma once

#include "smtp/probetypes.h"

#include <QElapsedTimer>
#include <QHash>
#include <QIcon>
#include <QList>
#include <QStringList>
#include <QTimer>
#include <QWidget>

#include <optional>

class QPlainTextEdit;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace od {

struct Diagnosis;
class SmtpProbe;

class ProbeView : public QWidget
{
    Q_OBJECT
public:
    explicit ProbeView(QWidget *parent = nullptr);

    // Clears the view and follows the probe's signals (call before probe->start()).
    void follow(SmtpProbe *probe, const ProbeSettings &settings);
    // Marks what the finished run did not reach; each attempt's outcome as diagnosed.
    void finish(const ProbeResult &result, const Diagnosis &diagnosis);
    void retranslateUi();

    QTreeWidget *tree() const { return m_tree; }
    QPlainTextEdit *transcriptView() const { return m_transcript; }
    // The whole transcript of one attempt (-1: the POP3 login), as shown.
    QString transcriptText(int attempt) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class RowState { Pending, Running, Ok, Failed, Skipped };
    struct Row
    {
        QTreeWidgetItem *item = nullptr;
        Step step = Step::Connect;
        RowState state = RowState::Pending;
        bool planned = true;
        StepRecord record;
        // Why a step under way failed, worded when shown (so a language switch rewords it).
        std::optional<Phrase> failure;
        Cause failureCause = Cause::Unknown;
    };
    struct AttemptView
    {
        QTreeWidgetItem *top = nullptr;
        Endpoint endpoint;
        QList<Row> rows;
        QStringList transcript;
        QElapsedTimer sinceLastStep;
        bool running = true;
        bool ok = false;
        Cause cause = Cause::Unknown;
    };

    void plan(const QList<Endpoint> &endpoints);
    void addAttempt(int index, const Endpoint &endpoint, const QList<Step> &steps);
    void onStepStarted(int attempt, Step step);
    void onStep(int attempt, const StepRecord &record);
    int rowFor(AttemptView &view, int attempt, Step step);
    void onLine(int attempt, const TranscriptLine &line);
    void onAttemptFinished(int attempt, const Attempt &record);
    // Ends an attempt's rows: the step under way failed when `attempt` stopped with a failure.
    void end(AttemptView &view, bool ok, Cause cause, const Attempt *attempt);
    void render(const AttemptView &view, int index);
    void renderRow(Row &row, const AttemptView &view);
    void showTranscript();
    void animate();
    QIcon spinnerFrame() const;

    QTreeWidget *m_tree;
    QToolButton *m_showTranscript;
    QPlainTextEdit *m_transcript;
    QTimer m_spinTimer;
    int m_frame = 0;
    QList<QIcon> m_spinner;
    ProbeSettings m_settings;
    QHash<int, AttemptView> m_attempts;
    QList<int> m_order;
};

} // namespace od
