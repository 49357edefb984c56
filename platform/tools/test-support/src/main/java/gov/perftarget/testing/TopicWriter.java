package gov.perftarget.testing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;

/** Sends events to the test broker as another service would: a key, a JSON value, CloudEvents headers. */
public final class TopicWriter {

    private TopicWriter() {
    }

    public static void send(String topic, String key, String value, Map<String, String> headers) {
        sendTogether(topic, List.of(new Event(key, value, headers)));
    }

    /** One event to send: its key, its JSON value and its headers. */
    public record Event(String key, String value, Map<String, String> headers) {
    }

    /** Sends the events with one producer, all before waiting for any, so that they arrive together. */
    public static void sendTogether(String topic, List<Event> events) {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(),
                new StringSerializer())) {
            List<Future<RecordMetadata>> sent = new ArrayList<>();
            for (Event event : events) {
                ProducerRecord<String, String> record = new ProducerRecord<>(topic, event.key(), event.value());
                event.headers().forEach((name, text) -> record.headers().add(name, text.getBytes(StandardCharsets.UTF_8)));
                sent.add(producer.send(record));
            }
            for (Future<RecordMetadata> each : sent) {
                each.get(30, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            throw new IllegalStateException("Could not send to " + topic, e);
        }
    }
}
