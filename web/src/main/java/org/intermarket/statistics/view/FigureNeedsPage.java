package org.intermarket.statistics.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.List;
import org.intermarket.shared.DomainException;
import org.intermarket.shared.Page;
import org.intermarket.shared.PageRequest;
import org.intermarket.shared.api.QueryParams;
import org.intermarket.shared.view.LocaleBean;
import org.intermarket.shared.view.Messages;
import org.intermarket.shared.view.Pager;
import org.intermarket.statistics.Figure;
import org.intermarket.statistics.FigureDrillDown;
import org.intermarket.statistics.NeedBehindFigure;
import org.intermarket.statistics.StatisticsQuery;

/** supervisor/statistics-needs.xhtml: the needs behind one figure, a page at a time, with the whole list as a download. */
@Named
@RequestScoped
public class FigureNeedsPage {

    static final int PAGE_SIZE = 50;

    @Inject
    private FigureDrillDown drillDown;

    @Inject
    private StatisticsFilter filter;

    @Inject
    private LocaleBean locale;

    @Inject
    private Clock clock;

    private String figure;
    private int page;
    private Figure chosen;
    private StatisticsQuery query;
    private Page<NeedBehindFigure> result;

    /** Reads before anything renders, so that a message about bad input reaches the page's message area. */
    public void load() {
        getResult();
    }

    public Page<NeedBehindFigure> getResult() {
        if (result == null) {
            try {
                QueryParams.require("figure", figure);
                chosen = QueryParams.enumeration("figure", figure, Figure.class);
                query = filter.query(clock);
                result = drillDown.needs(chosen, query, new PageRequest(page, PAGE_SIZE));
            } catch (DomainException invalid) {
                Messages.failure(invalid);
                result = new Page<>(List.of(), 0, PAGE_SIZE, 0);
            }
        }
        return result;
    }

    public Pager getPager() {
        return new Pager(getResult());
    }

    /** Back to the report these needs came from, or the file of all of them. */
    public String link(String path, String format) {
        getResult();
        if (query == null || chosen == null) {
            return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/statistics.xhtml";
        }
        StatisticsFilter.Link link = StatisticsFilter.narrowedTo(query, null);
        return format == null ? link.link(path, null)
                : link.link(path, chosen) + "&format=" + format + "&lang=" + locale.getTag();
    }

    public String getFigure() {
        return figure;
    }

    public void setFigure(String figure) {
        this.figure = figure;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = Math.max(0, page);
    }
}
