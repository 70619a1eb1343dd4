// SPDX-License-Identifier: GPL-3.0-or-later
#include "CampaignDialog.h"

#include "UiLog.h"
#include "cache/AccountStore.h"
#include "cache/CacheDatabase.h"
#include "cache/CannedResponseStore.h"
#include "cache/ConversationStore.h"
#include "cache/TemplateStore.h"
#include "itemmodels/WhenReady.h"
#include "sync/CampaignRunner.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace inbox {

namespace {

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return item;
}

QString statusTitle(const QString &status)
{
    if (status == QLatin1String("pending"))
        return CampaignDialog::tr("Waiting");
    if (status == QLatin1String("queued"))
        return CampaignDialog::tr("Sending");
    if (status == QLatin1String("sent"))
        return CampaignDialog::tr("Sent");
    if (status == QLatin1String("delivered"))
        return CampaignDialog::tr("Delivered");
    if (status == QLatin1String("read"))
        return CampaignDialog::tr("Read");
    if (status == QLatin1String("cancelled"))
        return CampaignDialog::tr("Cancelled");
    return CampaignDialog::tr("Failed");
}

} // namespace

CampaignDialog::CampaignDialog(std::shared_ptr<CacheDatabase> cache, ProviderCatalog catalog,
                               ApiLookup apis, QString agentId, QWidget *parent)
    : QDialog(parent)
    , m_cache(std::move(cache))
    , m_catalog(std::move(catalog))
    , m_apis(std::move(apis))
    , m_agentId(std::move(agentId))
{
    setWindowTitle(tr("Bulk campaign"));
    auto *form = new QFormLayout;
    m_account = new QComboBox;
    m_account->setObjectName(QStringLiteral("campaignAccount"));
    m_content = new QComboBox;
    m_content->setObjectName(QStringLiteral("campaignContent"));
    m_source = new QComboBox;
    m_source->addItem(tr("A CSV file"));
    m_source->addItem(tr("Every conversation of the account"), QStringLiteral("all"));
    m_source->addItem(tr("Open conversations"), QStringLiteral("open"));
    m_source->addItem(tr("Unassigned conversations"), QStringLiteral("unassigned"));
    m_file = new QLineEdit;
    m_file->setObjectName(QStringLiteral("campaignFile"));
    m_file->setPlaceholderText(tr("a header row with a phone column; other columns fill the "
                                  "variables"));
    auto *choose = new QPushButton(tr("Choose file…"));
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(choose);
    m_days = new QSpinBox;
    m_days->setRange(0, 365);
    m_days->setValue(7);
    m_days->setSuffix(tr(" days"));
    m_cap = new QSpinBox;
    m_cap->setRange(1, 1'000'000);
    m_cap->setValue(1000);
    m_cap->setSuffix(tr(" a day"));
    form->addRow(tr("Account:"), m_account);
    form->addRow(tr("Message:"), m_content);
    form->addRow(tr("Recipients:"), m_source);
    form->addRow(QString(), fileRow);
    form->addRow(tr("Skip who got it within:"), m_days);
    form->addRow(tr("Daily cap:"), m_cap);

    m_check = new QPushButton(tr("Check"));
    m_check->setObjectName(QStringLiteral("campaignCheck"));
    m_summary = new QLabel(tr("Nothing is sent by a check."));
    m_summary->setObjectName(QStringLiteral("campaignSummary"));
    m_summary->setWordWrap(true);
    m_table = new QTableWidget(0, 5);
    m_table->setObjectName(QStringLiteral("campaignTable"));
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_export = new QPushButton(tr("Export CSV…"));
    m_export->setEnabled(false);

    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("campaignName"));
    m_name->setPlaceholderText(tr("campaign name (WATI shows it as the broadcast)"));
    m_rate = new QDoubleSpinBox;
    m_rate->setRange(0.1, 1000);
    m_rate->setSuffix(tr(" a second"));
    m_send = new QPushButton(tr("Send"));
    m_send->setObjectName(QStringLiteral("campaignSend"));
    m_send->setEnabled(false);
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("campaignProgress"));
    m_progress->setFormat(tr("%v of %m"));
    m_progress->setValue(0);
    m_progress->setVisible(false); // until the campaign starts
    m_pause = new QPushButton(tr("Pause"));
    m_pause->setObjectName(QStringLiteral("campaignPause"));
    m_pause->setEnabled(false);
    m_cancel = new QPushButton(tr("Cancel campaign"));
    m_cancel->setObjectName(QStringLiteral("campaignCancel"));
    m_cancel->setEnabled(false);

    auto *checkRow = new QHBoxLayout;
    checkRow->addWidget(m_check);
    checkRow->addWidget(m_summary, 1);
    checkRow->addWidget(m_export);
    auto *sendRow = new QHBoxLayout;
    sendRow->addWidget(m_name, 1);
    sendRow->addWidget(m_rate);
    sendRow->addWidget(m_send);
    auto *runRow = new QHBoxLayout;
    runRow->addWidget(m_progress, 1);
    runRow->addWidget(m_pause);
    runRow->addWidget(m_cancel);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(checkRow);
    layout->addWidget(m_table, 1);
    layout->addLayout(sendRow);
    layout->addLayout(runRow);
    layout->addWidget(close);
    resize(880, 640);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(choose, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Recipient list"), QString(),
                                                          tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            setRecipientFile(path);
    });
    connect(m_source, &QComboBox::currentIndexChanged, this, [this, choose](int index) {
        m_file->setEnabled(index == 0);
        choose->setEnabled(index == 0);
    });
    connect(m_account, &QComboBox::currentIndexChanged, this, &CampaignDialog::accountChosen);
    connect(m_check, &QPushButton::clicked, this, &CampaignDialog::check);
    connect(m_send, &QPushButton::clicked, this, &CampaignDialog::send);
    connect(m_export, &QPushButton::clicked, this, &CampaignDialog::exportTable);
    connect(m_pause, &QPushButton::clicked, this, [this] {
        if (!m_runner)
            return;
        if (m_runner->isPaused()) {
            m_runner->resume();
            m_pause->setText(tr("Pause"));
        } else {
            m_runner->pause();
            m_pause->setText(tr("Resume"));
        }
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_runner)
            m_runner->cancel();
    });
    loadAccounts();
}

void CampaignDialog::setRecipientFile(const QString &path)
{
    m_source->setCurrentIndex(0);
    m_file->setText(path);
}

QString CampaignDialog::summaryText() const
{
    return m_summary->text();
}

void CampaignDialog::loadAccounts()
{
    whenReady(
        AccountStore(m_cache).all(), this,
        [this](const QList<Account> &accounts) {
            m_accounts = accounts;
            for (const Account &account : accounts)
                m_account->addItem(
                    QStringLiteral("%1 (%2)").arg(account.displayName,
                                                  m_catalog.displayName(account.provider)),
                    account.id);
        },
        [this](const CacheError &error) { m_summary->setText(error.message()); });
}

std::optional<Account> CampaignDialog::chosenAccount() const
{
    for (const Account &account : m_accounts) {
        if (account.id == m_account->currentData().toString())
            return account;
    }
    return std::nullopt;
}

std::optional<CampaignContent> CampaignDialog::chosenContent() const
{
    const int index = m_content->currentIndex();
    if (index < 0 || index >= m_contents.size())
        return std::nullopt;
    return m_contents.at(index);
}

void CampaignDialog::accountChosen()
{
    m_content->clear();
    m_contents.clear();
    const auto account = chosenAccount();
    if (!account)
        return;
    const ProviderCapabilities &can = m_catalog.capabilitiesOf(account->provider);
    m_rate->setValue(can.sendsPerSecond);
    if (can.templates) {
        whenReady(
            TemplateStore(m_cache).forAccount(account->id), this,
            [this](const QList<MessageTemplate> &templates) {
                for (const MessageTemplate &t : templates) {
                    m_contents.append(contentOfTemplate(t));
                    m_content->addItem(
                        QStringLiteral("%1 (%2) · %3").arg(t.name, t.language, t.status));
                }
            },
            [this](const CacheError &error) { m_summary->setText(error.message()); });
        return;
    }
    whenReady(
        CannedResponseStore(m_cache).all(), this,
        [this](const QList<CannedResponse> &replies) {
            for (const CannedResponse &reply : replies) {
                m_contents.append(contentOfSavedReply(reply.shortcut, reply.text));
                m_content->addItem(tr("Saved reply /%1").arg(reply.shortcut));
            }
        },
        [this](const CacheError &error) { m_summary->setText(error.message()); });
}

void CampaignDialog::check()
{
    const auto account = chosenAccount();
    const auto content = chosenContent();
    if (!account || !content) {
        m_summary->setText(tr("Choose an account and the message to send."));
        return;
    }
    QList<CampaignRecipient> recipients;
    if (m_source->currentIndex() == 0) {
        QFile file(m_file->text().trimmed());
        if (!file.open(QIODevice::ReadOnly)) {
            m_summary->setText(tr("Cannot read %1: %2").arg(file.fileName(), file.errorString()));
            return;
        }
        auto list = readRecipientCsv(file.readAll());
        if (!list) {
            m_summary->setText(tr("The list cannot be used: %1").arg(list.error()));
            return;
        }
        recipients = list.value();
    } else {
        ConversationFilter filter;
        const QString view = m_source->currentData().toString();
        if (view == QLatin1String("open"))
            filter.status = ConversationStatus::Open;
        if (view == QLatin1String("unassigned"))
            filter.scope = ConversationFilter::Scope::Unassigned;
        m_check->setEnabled(false);
        whenReady(
            ConversationStore(m_cache).page(filter, std::nullopt, 100000), this,
            [this, account = *account, content = *content](const QList<Conversation> &page) {
                QList<CampaignRecipient> fromView;
                for (const Conversation &conversation : page) {
                    if (conversation.accountId == account.id)
                        fromView.append({int(fromView.size()) + 1,
                                         conversation.customerPhone,
                                         {},
                                         conversation.customerName});
                }
                checkList(fromView, account, content);
            },
            [this](const CacheError &error) {
                m_check->setEnabled(true);
                m_summary->setText(error.message());
            });
        return;
    }
    checkList(recipients, *account, *content);
}

void CampaignDialog::checkList(const QList<CampaignRecipient> &recipients, const Account &account,
                               const CampaignContent &chosen)
{
    m_check->setEnabled(false);
    m_summary->setText(tr("Checking the list…"));
    const int days = m_days->value();
    const int cap = m_cap->value();
    whenReady(
        CampaignStore(m_cache).facts(account.id, chosen.name, days,
                                     QDateTime::currentDateTimeUtc()),
        this,
        [this, recipients, chosen, cap, accountId = account.id](CampaignFacts facts) {
            facts.content = chosen;
            facts.dailyCap = cap;
            auto finish = [this, recipients](const CampaignFacts &complete) {
                m_verdicts = checkRecipients(recipients, complete);
                m_check->setEnabled(true);
                showVerdicts();
            };
            const std::shared_ptr<ProviderApi> api = m_apis ? m_apis(accountId) : nullptr;
            if (!api) {
                facts.accountProblem = tr("the account is not connected on this computer: add "
                                          "its token in Settings");
                finish(facts);
                return;
            }
            whenReady(
                api->checkConnection(), this,
                [facts, finish, api](const Expected<QString, ProviderError> &health) {
                    CampaignFacts complete = facts;
                    if (!health)
                        complete.accountProblem = health.error().message();
                    finish(complete);
                },
                [](const CacheError &) {});
        },
        [this](const CacheError &error) {
            m_check->setEnabled(true);
            m_summary->setText(error.message());
        });
}

void CampaignDialog::showVerdicts()
{
    const CheckSummary summary = summarize(m_verdicts);
    QStringList parts{tr("Recipients: %1").arg(m_verdicts.size()),
                      tr("Eligible: %1").arg(summary.eligible)};
    for (auto it = summary.reasons.cbegin(); it != summary.reasons.cend(); ++it)
        parts.append(QStringLiteral("%1: %2").arg(reasonTitle(it.key())).arg(it.value()));
    m_summary->setText(parts.join(QStringLiteral(" · ")) + tr(". Nothing has been sent."));
    m_table->clear();
    m_table->setHorizontalHeaderLabels(
        {tr("Row"), tr("Phone"), tr("Name"), tr("Verdict"), tr("Why")});
    m_table->setRowCount(int(m_verdicts.size()));
    for (int row = 0; row < m_verdicts.size(); ++row) {
        const RecipientVerdict &verdict = m_verdicts.at(row);
        m_table->setItem(row, 0, cell(QString::number(verdict.row)));
        m_table->setItem(row, 1, cell(verdict.phone));
        m_table->setItem(row, 2,
                         cell(verdict.customerName.isEmpty()
                                  ? verdict.values.value(QStringLiteral("name"))
                                  : verdict.customerName));
        m_table->setItem(row, 3, cell(reasonTitle(verdict.eligible ? QString() : verdict.reason)));
        m_table->setItem(row, 4, cell(verdict.words));
        if (!verdict.eligible)
            m_table->item(row, 3)->setForeground(palette().color(QPalette::PlaceholderText));
    }
    m_table->resizeColumnsToContents();
    m_export->setEnabled(true);
    m_send->setEnabled(summary.eligible > 0);
    m_send->setText(tr("Send to %1").arg(summary.eligible));
    Q_EMIT checked(summary.eligible, summary.ineligible);
}

void CampaignDialog::send()
{
    const auto account = chosenAccount();
    const auto content = chosenContent();
    if (!account || !content || m_runner)
        return;
    if (m_name->text().trimmed().isEmpty()) {
        m_summary->setText(tr("Give the campaign a name first."));
        m_name->setFocus();
        return;
    }
    Campaign campaign;
    campaign.name = m_name->text().trimmed();
    campaign.accountId = account->id;
    campaign.content = *content;
    campaign.rate = m_rate->value();
    campaign.createdBy = m_agentId;
    campaign.createdAt = QDateTime::currentDateTimeUtc();
    m_send->setEnabled(false);
    // A campaign of that name that was stopped (the app closed or killed) resumes where it
    // was: its recipients and content are the ones it was made with.
    whenReady(
        CampaignStore(m_cache).byName(campaign.name), this,
        [this, campaign](const std::optional<Campaign> &existing) {
            if (!existing) {
                whenReady(
                    CampaignStore(m_cache).create(campaign, m_verdicts), this,
                    [this](const Campaign &made) { run(made); },
                    [this](const CacheError &error) {
                        m_send->setEnabled(true);
                        m_summary->setText(error.message());
                    });
                return;
            }
            if (existing->accountId != campaign.accountId ||
                existing->state == QLatin1String("cancelled") ||
                existing->state == QLatin1String("done")) {
                m_send->setEnabled(true);
                m_summary->setText(
                    tr("A campaign named \"%1\" exists (%2, through %3): choose another name.")
                        .arg(existing->name, existing->state, existing->accountId));
                return;
            }
            Campaign resumed = *existing;
            resumed.rate = campaign.rate;
            resumed.state = QStringLiteral("running");
            run(resumed);
        },
        [this](const CacheError &error) {
            m_send->setEnabled(true);
            m_summary->setText(error.message());
        });
}

void CampaignDialog::run(const Campaign &campaign)
{
    m_campaign = campaign;
    m_runner = new CampaignRunner(m_cache, campaign, m_apis, this);
    connect(m_runner, &CampaignRunner::progressed, this, [this](const CampaignProgress &progress) {
        m_progress->setMaximum(progress.total);
        m_progress->setValue(progress.total - progress.left());
        m_summary->setText(tr("%1: %2 sent, %3 delivered, %4 read, %5 failed, %6 replied, %7 "
                              "left")
                               .arg(m_campaign->name)
                               .arg(progress.accepted())
                               .arg(progress.delivered + progress.read)
                               .arg(progress.read)
                               .arg(progress.failed + progress.unknown)
                               .arg(progress.replied)
                               .arg(progress.left()));
        showResults();
        Q_EMIT progressed(progress);
    });
    connect(m_runner, &CampaignRunner::stopped, this, [this](const QString &problem) {
        m_pause->setText(tr("Resume"));
        m_summary->setText(tr("Paused: %1").arg(problem));
    });
    connect(m_runner, &CampaignRunner::finished, this, [this](const QString &state) {
        m_pause->setEnabled(false);
        m_cancel->setEnabled(false);
        qCInfo(lcUi) << "campaign" << m_campaign->name << state;
    });
    m_pause->setEnabled(true);
    m_cancel->setEnabled(true);
    m_progress->setVisible(true);
    // Statuses keep coming after the last send (delivered, read, replies): the
    // results follow them, at most twice a second.
    auto *refresh = new QTimer(this);
    refresh->setSingleShot(true);
    refresh->setInterval(500);
    connect(refresh, &QTimer::timeout, this, &CampaignDialog::showResults);
    connect(m_cache->events(), &CacheEvents::messageChanged, refresh, qOverload<>(&QTimer::start));
    connect(m_cache->events(), &CacheEvents::messagesAdded, refresh, qOverload<>(&QTimer::start));
    m_runner->start();
}

void CampaignDialog::showResults()
{
    if (!m_campaign)
        return;
    whenReady(
        CampaignStore(m_cache).results(m_campaign->id), this,
        [this](const QList<CampaignResult> &results) {
            m_table->clear();
            m_table->setHorizontalHeaderLabels(
                {tr("Phone"), tr("Name"), tr("Status"), tr("Replied"), tr("Failure")});
            m_table->setRowCount(int(results.size()));
            for (int row = 0; row < results.size(); ++row) {
                const CampaignResult &result = results.at(row);
                m_table->setItem(row, 0, cell(result.phone));
                m_table->setItem(row, 1, cell(result.customerName));
                m_table->setItem(row, 2, cell(statusTitle(result.status)));
                m_table->setItem(row, 3, cell(result.replied ? tr("Replied") : QString()));
                m_table->setItem(row, 4, cell(result.failure));
            }
            m_table->resizeColumnsToContents();
        },
        [](const CacheError &error) { qCWarning(lcUi) << error.message(); });
}

void CampaignDialog::exportTable()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export"), QString(), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QList<QStringList> rows;
    QStringList header;
    for (int column = 0; column < m_table->columnCount(); ++column)
        header.append(m_table->horizontalHeaderItem(column)->text());
    rows.append(header);
    for (int row = 0; row < m_table->rowCount(); ++row) {
        QStringList fields;
        for (int column = 0; column < m_table->columnCount(); ++column)
            fields.append(m_table->item(row, column) ? m_table->item(row, column)->text()
                                                     : QString());
        rows.append(fields);
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(csvRows(rows)) < 0)
        m_summary->setText(tr("Cannot write %1: %2").arg(path, file.errorString()));
}

} // namespace inbox
