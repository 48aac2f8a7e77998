// Draws every chart on the page: an element with data-chart holds an ECharts option as JSON, written by the server.
// No inline script, so the Content-Security-Policy stays "script-src 'self'". Without script (or without ECharts) the
// table beside each chart still holds every number.
(function () {
    'use strict';
    if (!window.echarts) {
        return;
    }
    var charts = [];
    document.querySelectorAll('[data-chart]').forEach(function (element) {
        var option;
        try {
            option = JSON.parse(element.getAttribute('data-chart'));
        } catch (e) {
            return;
        }
        var chart = window.echarts.init(element, null, {renderer: 'canvas'});
        chart.setOption(option);
        element.setAttribute('data-chart-drawn', 'true');
        charts.push(chart);
    });
    var pending = null;
    window.addEventListener('resize', function () {
        window.clearTimeout(pending);
        pending = window.setTimeout(function () {
            charts.forEach(function (chart) { chart.resize(); });
        }, 100);
    });
}());
