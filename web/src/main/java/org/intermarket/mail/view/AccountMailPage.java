package org.intermarket.mail.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.intermarket.inbox.NotificationKind;
import org.intermarket.mail.MailText;
import org.intermarket.mail.NoticeChoiceForm;
import org.intermarket.mail.NoticeChoiceView;
import org.intermarket.mail.NoticeChoices;
import org.intermarket.shared.view.LocaleBean;
import org.intermarket.shared.view.Messages;

/** account/mail.xhtml: which of the signed-in account's inbox messages also come by mail, and in which language. */
@Named
@ViewScoped
public class AccountMailPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private NoticeChoices choices;

    @Inject
    private LocaleBean locale;

    private NoticeChoiceView current;
    private List<String> kinds = new ArrayList<>();
    private String language;

    @PostConstruct
    void init() {
        show(choices.mine());
        if (current.changedAt() == null) {
            // a first visit proposes the page's own language
            language = locale.isChinese() ? "zh" : "en";
        }
    }

    private void show(NoticeChoiceView view) {
        current = view;
        kinds = new ArrayList<>(view.kinds().stream().map(NotificationKind::name).toList());
        language = view.language();
    }

    public void save() {
        if (Messages.attempt(() -> show(choices.save(new NoticeChoiceForm(kinds, language))))) {
            Messages.info("noticeMail.saved");
        }
    }

    public NoticeChoiceView getCurrent() {
        return current;
    }

    public List<NotificationKind> getChoices() {
        return current.choosable();
    }

    /** A kind's name in the page's language: the same words its mail's subject uses. */
    public String title(NotificationKind kind) {
        return MailText.noticeTitle(kind, locale.isChinese() ? "zh" : "en");
    }

    public List<String> getKinds() {
        return kinds;
    }

    public void setKinds(List<String> kinds) {
        this.kinds = kinds == null ? new ArrayList<>() : new ArrayList<>(kinds);
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }
}
