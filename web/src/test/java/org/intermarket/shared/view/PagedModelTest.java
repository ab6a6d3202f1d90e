package org.intermarket.shared.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.intermarket.shared.Page;
import org.intermarket.shared.PageRequest;
import org.junit.jupiter.api.Test;

class PagedModelTest {

    /** A service's list of 250 rows with ids 1 to 250, remembering which pages were asked for. */
    static final class Rows implements Serializable {

        private static final long serialVersionUID = 1L;

        final List<PageRequest> asked = new ArrayList<>();

        Page<Row> page(PageRequest request) {
            asked.add(request);
            List<Row> items = LongStream.rangeClosed(request.offset() + 1L, Math.min(250, request.offset() + (long) request.size()))
                    .mapToObj(Row::new).toList();
            return new Page<>(items, request.page(), request.size(), 250);
        }

        long count() {
            return 250;
        }
    }

    record Row(long id) implements Serializable {
    }

    @Test
    void theTablesFirstRowAndPageSizeBecomeTheServicesPageAndItsTotalTheRowCount() {
        Rows rows = new Rows();
        PagedModel<Row> model = PagedModel.of(rows::page, Row::id);

        List<Row> loaded = model.load(40, 20, Map.of(), Map.of());

        assertEquals(List.of(new PageRequest(2, 20)), rows.asked);
        assertEquals(41, loaded.get(0).id());
        assertEquals(20, loaded.size());
        assertEquals(250, model.getRowCount());
        assertEquals("41", model.getRowKey(loaded.get(0)));
    }

    @Test
    void aPageSizeOutsideWhatTheServicesAcceptIsKeptWithinIt() {
        Rows rows = new Rows();
        PagedModel<Row> model = PagedModel.of(rows::page, Row::id);

        model.load(0, 0, Map.of(), Map.of());
        model.load(200, 1000, Map.of(), Map.of());

        assertEquals(List.of(new PageRequest(0, 1), new PageRequest(2, PageRequest.MAX_SIZE)), rows.asked);
    }

    @Test
    void withoutACountOfItsOwnTheModelCountsWithAOneRowPage() {
        Rows rows = new Rows();
        PagedModel<Row> model = PagedModel.of(rows::page, Row::id);

        assertEquals(250, model.count(Map.of()));
        assertEquals(List.of(new PageRequest(0, 1)), rows.asked);
    }

    @Test
    void aServicesOwnCountIsUsedInsteadOfReadingAPage() {
        Rows rows = new Rows();
        PagedModel<Row> model = PagedModel.of(rows::page, rows::count, Row::id);

        assertEquals(250, model.count(Map.of()));
        assertEquals(List.of(), rows.asked);
    }

    @Test
    void theModelSurvivesTheSessionBeingSerialisedWithTheBeanThatHoldsIt() throws IOException, ClassNotFoundException {
        PagedModel<Row> model = PagedModel.of(new Rows()::page, Row::id);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(model);
        }
        Object read;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            read = in.readObject();
        }

        @SuppressWarnings("unchecked")
        PagedModel<Row> restored = assertInstanceOf(PagedModel.class, read);
        assertEquals(new Row(1), restored.load(0, 5, Map.of(), Map.of()).get(0));
    }
}
