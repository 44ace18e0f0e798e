package com.example.backupingest.portal.support.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.example.backupingest.portal.account.AccountSummary;
import com.example.backupingest.portal.support.CustomerOverview;
import com.example.backupingest.portal.support.CustomerOverviewService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSingleSelectionModel;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Selection logic of the customer search without a browser: a mocked overview service, a bare UI. */
class CustomersViewTest {

    private static final AccountSummary KONGRESS = account(1, "Kongress Media AG");
    private static final AccountSummary KONZERT = account(2, "Konzerthaus GmbH");
    private static final AccountSummary OTHER = account(3, "Other AG");

    private final CustomerOverviewService customers = mock(CustomerOverviewService.class);

    @BeforeEach
    void ui() {
        UI.setCurrent(new UI());
        when(customers.overview(anyLong())).thenAnswer(call -> new CustomerOverview(
                Stream.of(KONGRESS, KONZERT, OTHER).filter(a -> a.id() == (long) call.getArgument(0)).findFirst()
                        .orElseThrow(), null, 0, List.of(), "kunde"));
    }

    @AfterEach
    void noUi() {
        UI.setCurrent(null);
    }

    @Test
    void a_customer_picked_before_the_search_ran_stays_picked_when_the_results_still_contain_it() {
        when(customers.search("")).thenReturn(List.of(KONGRESS, KONZERT, OTHER));
        when(customers.search("Kon")).thenReturn(List.of(KONGRESS, KONZERT));
        CustomersView view = new CustomersView(customers);
        Grid<AccountSummary> results = results(view);
        results.select(KONZERT);

        find(view, TextField.class).findFirst().orElseThrow().setValue("Kon");

        assertThat(results.asSingleSelect().getValue()).isEqualTo(KONZERT);
        assertThat(find(view, CustomerSummary.class).findFirst().orElseThrow().isVisible()).isTrue();
    }

    @Test
    void a_picked_customer_no_longer_found_is_dropped_and_a_single_hit_is_selected() {
        when(customers.search("")).thenReturn(List.of(KONGRESS, KONZERT, OTHER));
        when(customers.search("Other")).thenReturn(List.of(OTHER));
        CustomersView view = new CustomersView(customers);
        Grid<AccountSummary> results = results(view);
        results.select(KONZERT);

        find(view, TextField.class).findFirst().orElseThrow().setValue("Other");

        assertThat(results.asSingleSelect().getValue()).isEqualTo(OTHER);
    }

    @Test
    void the_user_cannot_deselect_the_shown_customer_by_clicking_it_again() {
        when(customers.search("")).thenReturn(List.of(KONGRESS));
        Grid<AccountSummary> results = results(new CustomersView(customers));

        assertThat(results.asSingleSelect().getValue()).isEqualTo(KONGRESS);
        assertThat(((GridSingleSelectionModel<AccountSummary>) results.getSelectionModel()).isDeselectAllowed())
                .isFalse();
    }

    @SuppressWarnings("unchecked")
    private static Grid<AccountSummary> results(CustomersView view) {
        return (Grid<AccountSummary>) find(view, Grid.class).filter(g -> "customer-results".equals(g.getId().orElse("")))
                .findFirst().orElseThrow();
    }

    private static AccountSummary account(long id, String company) {
        return new AccountSummary(id, "K-100" + id, company, "mail" + id + "@example.com", "Business", 500, 2,
                Locale.GERMAN);
    }

    private static <T extends Component> Stream<T> find(Component root, Class<T> type) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(c -> find(c, Component.class)))
                .filter(type::isInstance).map(type::cast);
    }
}
