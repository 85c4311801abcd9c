#pragma once
// The dataset browser: filters (id, status, diagnosis), a sort choice, and the table of
// samples. It owns the order the user sees; next/previous and the jumps walk that order.

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace dermask::ui {

class SampleModel;
class SampleProxyModel;

class BrowserWidget : public QWidget
{
    Q_OBJECT
public:
    /// The sort choices offered in the "Sort" box (and by the menu actions).
    enum class Sort { Id, Status, Diagnosis, WorstDice, BestDice, MostUncertain };

    explicit BrowserWidget(SampleModel *model, QWidget *parent = nullptr);

    SampleProxyModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }

    /// The dataset index of the selected sample, or -1.
    int currentIndex() const { return m_current; }
    /// Selects @p index and scrolls to it (nothing is emitted).
    void setCurrentIndex(int index);
    /// Dataset indices in the order shown (filters applied).
    QVector<int> order() const;

    void sortBy(Sort sort);
    Sort currentSort() const { return m_sort; }
    void resetFilters();
    /// Refreshes the diagnosis choices and which columns are shown (after a dataset opens or
    /// scores arrive).
    void refreshColumns();
    /// Keyboard focus to the table (after a dataset opens).
    void focusList();

Q_SIGNALS:
    /// The user selected another sample.
    void currentChanged(int index);
    /// Sorting or filtering changed the order shown.
    void orderChanged();

private:
    void retranslate();
    void onHeaderClicked(int section);
    void onSelectionChanged();
    void applySort();
    void updateCount();

    SampleModel *m_model;
    SampleProxyModel *m_proxy;
    QTableView *m_view;
    QLineEdit *m_filter;
    QComboBox *m_status;
    QComboBox *m_diagnosis;
    QComboBox *m_sortBox;
    QLabel *m_findLabel;
    QLabel *m_showLabel;
    QLabel *m_sortLabel;
    QLabel *m_count;
    Sort m_sort = Sort::Id;
    int m_current = -1;
    bool m_selecting = false;
};

} // namespace dermask::ui
