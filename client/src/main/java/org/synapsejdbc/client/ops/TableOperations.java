package org.synapsejdbc.client.ops;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.synapsejdbc.client.async.AsyncJobRunner;
import org.synapsejdbc.client.async.JobOptions;
import org.synapsejdbc.client.files.FileDownloader;
import org.synapsejdbc.client.files.TransferProgressListener;
import org.synapsejdbc.client.http.ResponseHandler;
import org.synapsejdbc.client.http.Service;
import org.synapsejdbc.client.http.SynapseTransport;
import org.synapsejdbc.client.model.CsvTableDescriptor;
import org.synapsejdbc.client.model.DownloadFromTableRequest;
import org.synapsejdbc.client.model.DownloadFromTableResult;
import org.synapsejdbc.client.model.FileHandleAssociateType;
import org.synapsejdbc.client.model.FileHandleAssociation;
import org.synapsejdbc.client.model.QueryBundleRequest;
import org.synapsejdbc.client.model.SnapshotRequest;
import org.synapsejdbc.client.model.SnapshotResponse;
import org.synapsejdbc.client.model.TableUpdateTransactionRequest;
import org.synapsejdbc.client.model.TableUpdateTransactionResponse;
import org.synapsejdbc.client.table.CsvResult;
import org.synapsejdbc.client.table.QueryPage;
import org.synapsejdbc.client.table.QueryPageDecoder;
import org.synapsejdbc.client.table.QueryPager;
import org.synapsejdbc.client.table.QueryRequest;
import org.synapsejdbc.client.table.QueryResults;
import org.synapsejdbc.client.table.SynapseCsvReader;

/**
 * Table queries (paged, streamed), CSV downloads, transactions and snapshots. Retry rules: query and CSV job
 * starts are read-only and re-sent freely; a transaction start or a snapshot is not idempotent and is re-sent
 * only when the failure proves it was not applied (429, connection refused); job polls are GETs.
 */
public final class TableOperations {
  private final SynapseTransport transport;
  private final AsyncJobRunner jobs;
  private final QueryPager pager;
  private final QueryPageDecoder decoder;
  private final FileDownloader downloader;

  public TableOperations(SynapseTransport transport, AsyncJobRunner jobs, QueryPager pager,
      QueryPageDecoder decoder, FileDownloader downloader) {
    this.transport = transport;
    this.jobs = jobs;
    this.pager = pager;
    this.decoder = decoder;
    this.downloader = downloader;
  }

  /** Pages lazily through all rows of a query (our own offset/limit paging, next page prefetched). */
  public QueryResults query(QueryRequest request, JobOptions options) {
    return pager.open(request, options);
  }

  /** Runs one query job exactly as given (caller's offset/limit/partMask) and decodes the bundle. */
  public QueryPage queryBundle(QueryBundleRequest request, JobOptions options) {
    ResponseHandler<QueryPage> decode = (status, body) -> {
      try (InputStream in = body.byteStream()) {
        return decoder.decode(in);
      }
    };
    return jobs.run(Service.REPO, "/entity/" + request.getEntityId() + "/table/query/async", request, true,
        decode, options);
  }

  /** Runs a CSV download job and returns its result (the CSV's file handle id and headers). */
  public DownloadFromTableResult csvJob(DownloadFromTableRequest request, JobOptions options) {
    return jobs.run(Service.REPO, "/entity/" + request.getEntityId() + "/table/download/csv/async", request, true,
        DownloadFromTableResult.class, options);
  }

  /**
   * Runs a CSV download job, downloads the CSV to a temporary file in {@code directory} (resumable, MD5-checked)
   * and opens a streaming reader over it with the request's CSV descriptor.
   */
  public CsvResult queryCsv(DownloadFromTableRequest request, JobOptions options, Path directory,
      TransferProgressListener progress) throws IOException {
    DownloadFromTableResult result = csvJob(request, options);
    Path file = Files.createTempFile(directory, "synapse-query-", ".csv");
    try {
      downloader.download(new FileHandleAssociation().setFileHandleId(result.getResultsFileHandleId())
          .setAssociateObjectId(request.getEntityId()).setAssociateObjectType(FileHandleAssociateType.TableEntity),
          file, progress);
      CsvTableDescriptor d = request.getCsvTableDescriptor();
      Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
      return new CsvResult(result, file,
          new SynapseCsvReader(reader, charOf(d == null ? null : d.getSeparator(), ','),
              charOf(d == null ? null : d.getQuoteCharacter(), '"'),
              charOf(d == null ? null : d.getEscapeCharacter(), '\\')));
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(file);
      throw e;
    }
  }

  /** Applies a table transaction (schema changes, row sets, CSV uploads) and waits for its result. */
  public TableUpdateTransactionResponse transaction(String entityId, TableUpdateTransactionRequest request,
      JobOptions options) {
    return jobs.run(Service.REPO, "/entity/" + entityId + "/table/transaction/async", request, false,
        TableUpdateTransactionResponse.class, options);
  }

  /** Creates a snapshot version of a TableEntity (views: use a transaction with createSnapshot). */
  public SnapshotResponse snapshot(String entityId, SnapshotRequest request) {
    return transport.post(Service.REPO, "/entity/" + entityId + "/table/snapshot").body(request)
        .as(SnapshotResponse.class);
  }

  private static char charOf(String s, char dflt) {
    return s == null || s.isEmpty() ? dflt : s.charAt(0);
  }
}
