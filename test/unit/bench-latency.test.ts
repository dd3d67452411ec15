import { estimate, kindOf } from '../../dev/bench/latency';

describe('bench latency model', () => {
  test('each call kind has its cost, plus a cost per cell moved', () => {
    expect(kindOf('Range.getValues').name).toBe('read');
    expect(kindOf('Range.setValues').name).toBe('write');
    expect(kindOf('Range.setDataValidations').name).toBe('format/validation/protection/chart');
    expect(kindOf('Range.setNumberFormats').name).toBe('format/validation/protection/chart');
    expect(kindOf('Sheet.insertChart').name).toBe('format/validation/protection/chart');
    expect(kindOf('Sheet.removeChart').name).toBe('format/validation/protection/chart');
    // Making a builder reaches nothing; reading a rule or chart is a read.
    for (const builder of ['Sheet.newChart', 'EmbeddedChart.modify', 'DataValidation.copy', 'SpreadsheetApp.newDataValidation'])
      expect([builder, kindOf(builder).name]).toEqual([builder, 'builder']);
    for (const read of [
      'Range.getNumberFormats',
      'Range.getDataValidations',
      'Sheet.getCharts',
      'EmbeddedChart.getRanges',
      'EmbeddedChart.getOptions',
      'ChartOptions.get',
      'Sheet.getProtections',
      'Protection.canEdit',
    ])
      expect([read, kindOf(read).name]).toEqual([read, 'read (formats, rules, charts)']);
    expect(kindOf('Properties.getProperty').name).toBe('properties');
    expect(kindOf('SpreadsheetApp.flush').name).toBe('flush');
    expect(kindOf('Sheet.getRange').name).toBe('other');
    // A 4,000-cell batched read: under 50 ms + 20 ms of cells at the high end.
    expect(estimate({ 'Range.getValues': 1 }, 4000)).toEqual({ low: 9, high: 70 });
  });
});
