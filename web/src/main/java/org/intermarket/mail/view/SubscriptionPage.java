package org.intermarket.mail.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.intermarket.catalog.CatalogService;
import org.intermarket.catalog.ItemQuery;
import org.intermarket.catalog.ItemStatus;
import org.intermarket.catalog.ServiceItem;
import org.intermarket.mail.Frequency;
import org.intermarket.mail.SubscriptionForm;
import org.intermarket.mail.SubscriptionView;
import org.intermarket.mail.Subscriptions;
import org.intermarket.registry.AccountService;
import org.intermarket.registry.Region;
import org.intermarket.shared.PageRequest;
import org.intermarket.shared.view.LocaleBean;
import org.intermarket.shared.view.Messages;

/** agency/subscription.xhtml: which needs the signed-in agency account hears of by mail, how often, in which language. */
@Named
@ViewScoped
public class SubscriptionPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Subscriptions subscriptions;

    @Inject
    private CatalogService catalog;

    @Inject
    private AccountService accounts;

    @Inject
    private LocaleBean locale;

    private SubscriptionView current;
    private List<String> items = new ArrayList<>();
    private List<String> regions = new ArrayList<>();
    private Frequency frequency;
    private Integer digestHour;
    private String language;

    @PostConstruct
    void init() {
        show(subscriptions.mine());
        if (!current.subscribed() && current.changedAt() == null) {
            // a first visit proposes the page's own language
            language = locale.isChinese() ? "zh" : "en";
        }
    }

    private void show(SubscriptionView view) {
        current = view;
        items = new ArrayList<>(view.items());
        regions = new ArrayList<>(view.regions());
        frequency = view.frequency();
        digestHour = view.digestHour() == null ? 8 : view.digestHour();
        language = view.language();
    }

    public void save() {
        SubscriptionForm form = new SubscriptionForm(items, regions, frequency == null ? null : frequency.name(),
                frequency == Frequency.DAILY ? digestHour : null, language);
        if (Messages.attempt(() -> show(subscriptions.save(form)))) {
            Messages.info("subscription.saved");
        }
    }

    public void unsubscribe() {
        if (Messages.attempt(() -> show(subscriptions.unsubscribeMine()))) {
            Messages.info("subscription.unsubscribed");
        }
    }

    public SubscriptionView getCurrent() {
        return current;
    }

    public List<ServiceItem> getItemChoices() {
        return catalog.search(new ItemQuery(null, null, ItemStatus.ACTIVE), new PageRequest(0, PageRequest.MAX_SIZE)).items();
    }

    public List<Region> getRegionChoices() {
        return accounts.regions();
    }

    public String regionName(Region region) {
        return region.code() + " " + locale.pick(region.nameZh(), region.nameEn());
    }

    public List<Frequency> getFrequencies() {
        return List.of(Frequency.values());
    }

    public List<Integer> getHours() {
        return IntStream.range(0, 24).boxed().toList();
    }

    public List<String> getItems() {
        return items;
    }

    public void setItems(List<String> items) {
        this.items = items == null ? new ArrayList<>() : new ArrayList<>(items);
    }

    public List<String> getRegions() {
        return regions;
    }

    public void setRegions(List<String> regions) {
        this.regions = regions == null ? new ArrayList<>() : new ArrayList<>(regions);
    }

    public Frequency getFrequency() {
        return frequency;
    }

    public void setFrequency(Frequency frequency) {
        this.frequency = frequency;
    }

    public Integer getDigestHour() {
        return digestHour;
    }

    public void setDigestHour(Integer digestHour) {
        this.digestHour = digestHour;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }
}
