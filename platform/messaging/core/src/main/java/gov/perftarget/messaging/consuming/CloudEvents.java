package gov.perftarget.messaging.consuming;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/** CloudEvents 1.0 in Kafka binary mode, as the services exchange events: attributes in {@code ce_*} headers. */
public final class CloudEvents {

    private CloudEvents() {
    }

    /**
     * The event's id ({@code ce_id}), by which consumers apply each event once; for a record without
     * one, its place in the log identifies it.
     */
    public static String id(ConsumerRecord<?, ?> record) {
        Header id = record.headers().lastHeader("ce_id");
        return id != null ? new String(id.value(), StandardCharsets.UTF_8)
                : record.topic() + "/" + record.partition() + "/" + record.offset();
    }
}
