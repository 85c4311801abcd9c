// Sorting and filtering of the browser: worst Dice first with unscored samples last, the
// uncertainty order, natural id order, and the status, diagnosis and id filters.

#include "ui/browser/samplemodel.h"
#include "ui/browser/sampleproxymodel.h"
#include "core/session/datasetsession.h"

#include <QTest>

using namespace dermask;
using namespace dermask::ui;

namespace {

core::Dataset makeDataset()
{
    core::Dataset d;
    d.root = QStringLiteral("/nowhere");
    d.layout = core::Layout::Paired;
    const char *ids[] = {"IMD10", "IMD2", "IMD3", "IMD1", "IMD20"};
    const char *diagnoses[] = {"melanoma", "common nevus", "", "melanoma", "atypical nevus"};
    for (int i = 0; i < 5; ++i) {
        core::Sample s;
        s.id = QString::fromLatin1(ids[i]);
        s.imagePath = QStringLiteral("/nowhere/images/%1.png").arg(s.id);
        s.maskPath = i == 2 ? QString() : QStringLiteral("/nowhere/masks/%1.png").arg(s.id);
        s.width = 10;
        s.height = 10;
        s.diagnosis = QString::fromLatin1(diagnoses[i]);
        d.samples.append(s);
    }
    d.reindex();
    return d;
}

core::SampleScore dice(double value, double uncertainty = -1)
{
    core::SampleScore s;
    s.hasPrediction = true;
    s.hasDice = true;
    s.dice = value;
    s.hasUncertainty = uncertainty >= 0;
    s.uncertainty = std::max(0.0, uncertainty);
    return s;
}

QStringList ids(const SampleProxyModel &proxy)
{
    QStringList out;
    for (int row = 0; row < proxy.rowCount(); ++row)
        out.append(proxy.index(row, SampleModel::IdColumn).data().toString());
    return out;
}

} // namespace

class TestSampleProxyModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void idsSortNaturally();
    void worstDiceFirstKeepsUnscoredLast();
    void bestDiceFirstKeepsUnscoredLast();
    void mostUncertainFirst();
    void scoresArrivingResort();
    void filters_data();
    void filters();

private:
    std::shared_ptr<core::DatasetSession> m_session;
    std::unique_ptr<SampleModel> m_model;
    std::unique_ptr<SampleProxyModel> m_proxy;
};

void TestSampleProxyModel::init()
{
    m_session = std::make_shared<core::DatasetSession>(makeDataset());
    m_model = std::make_unique<SampleModel>(nullptr);
    m_model->setSession(m_session);
    m_proxy = std::make_unique<SampleProxyModel>();
    m_proxy->setSourceModel(m_model.get());
}

void TestSampleProxyModel::idsSortNaturally()
{
    m_proxy->sort(SampleModel::IdColumn, Qt::AscendingOrder);
    QCOMPARE(ids(*m_proxy), QStringList({"IMD1", "IMD2", "IMD3", "IMD10", "IMD20"}));
}

void TestSampleProxyModel::worstDiceFirstKeepsUnscoredLast()
{
    m_model->setScores({{0, dice(0.91)}, {1, dice(0.42)}, {3, dice(0.77)}});
    m_proxy->sort(SampleModel::DiceColumn, Qt::AscendingOrder);
    // IMD2 0.42, IMD1 0.77, IMD10 0.91, then the unscored in id order.
    QCOMPARE(ids(*m_proxy), QStringList({"IMD2", "IMD1", "IMD10", "IMD3", "IMD20"}));
    QCOMPARE(m_proxy->order(), QVector<int>({1, 3, 0, 2, 4}));
    QCOMPARE(m_proxy->index(0, SampleModel::DiceColumn).data().toString(), QLocale().toString(0.42, 'f', 3));
}

void TestSampleProxyModel::bestDiceFirstKeepsUnscoredLast()
{
    m_model->setScores({{0, dice(0.91)}, {1, dice(0.42)}, {3, dice(0.77)}});
    m_proxy->sort(SampleModel::DiceColumn, Qt::DescendingOrder);
    QCOMPARE(ids(*m_proxy), QStringList({"IMD10", "IMD1", "IMD2", "IMD3", "IMD20"}));
}

void TestSampleProxyModel::mostUncertainFirst()
{
    m_model->setScores({{0, dice(0.9, 0.10)}, {2, dice(0.9, 0.60)}, {4, dice(0.9, 0.30)}});
    m_proxy->sort(SampleModel::UncertaintyColumn, Qt::DescendingOrder);
    QCOMPARE(ids(*m_proxy), QStringList({"IMD3", "IMD20", "IMD10", "IMD1", "IMD2"}));
}

void TestSampleProxyModel::scoresArrivingResort()
{
    m_proxy->sort(SampleModel::DiceColumn, Qt::AscendingOrder);
    m_model->setScores({{4, dice(0.5)}});
    QCOMPARE(ids(*m_proxy).first(), QStringLiteral("IMD20"));
    m_model->setScores({{2, dice(0.1)}});
    QCOMPARE(ids(*m_proxy).mid(0, 2), QStringList({"IMD3", "IMD20"}));
}

void TestSampleProxyModel::filters_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("diagnosis");
    QTest::addColumn<QStringList>("expected");
    const int all = int(SampleProxyModel::StatusFilter::All);
    QTest::newRow("none") << QString() << all << QString()
                          << QStringList({"IMD1", "IMD2", "IMD3", "IMD10", "IMD20"});
    QTest::newRow("id contains 2") << QStringLiteral("2") << all << QString()
                                   << QStringList({"IMD2", "IMD20"});
    QTest::newRow("id case-insensitive") << QStringLiteral("imd1") << all << QString()
                                         << QStringList({"IMD1", "IMD10"});
    QTest::newRow("no mask") << QString() << int(SampleProxyModel::StatusFilter::NoMask) << QString()
                             << QStringList({"IMD3"});
    QTest::newRow("melanoma") << QString() << all << QStringLiteral("melanoma")
                              << QStringList({"IMD1", "IMD10"});
    QTest::newRow("melanoma with 10") << QStringLiteral("10") << all << QStringLiteral("melanoma")
                                      << QStringList({"IMD10"});
    QTest::newRow("approved: none yet") << QString() << int(SampleProxyModel::StatusFilter::Approved)
                                        << QString() << QStringList();
}

void TestSampleProxyModel::filters()
{
    QFETCH(QString, id);
    QFETCH(int, status);
    QFETCH(QString, diagnosis);
    QFETCH(QStringList, expected);
    m_proxy->sort(SampleModel::IdColumn, Qt::AscendingOrder);
    m_proxy->setIdFilter(id);
    m_proxy->setStatusFilter(SampleProxyModel::StatusFilter(status));
    m_proxy->setDiagnosisFilter(diagnosis);
    QCOMPARE(ids(*m_proxy), expected);
    // Approving a sample brings it into the "approved" filter at once.
    if (status == int(SampleProxyModel::StatusFilter::Approved)) {
        m_model->setStatus(1, core::SampleStatus::Approved);
        QCOMPARE(ids(*m_proxy), QStringList({"IMD2"}));
    }
}

QTEST_MAIN(TestSampleProxyModel)
#include "tst_sampleproxymodel.moc"
