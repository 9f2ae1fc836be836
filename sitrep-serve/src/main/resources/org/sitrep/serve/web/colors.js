// One colour per kind of event on the map and in the legend: violence warm, talk and aid cool.
const COLORS = {
  ASSAULT: '#c0392b', COERCE: '#8e44ad', THREATEN: '#d35400', PROTEST: '#e67e22', MOBILIZE: '#b7950b',
  SANCTION: '#6c3483', ACCUSE: '#a04000', REJECT: '#7b241c', REQUEST: '#2874a6', CONSULT: '#1f618d',
  AGREE: '#1e8449', COOPERATE: '#239b56', AID: '#17a589', SUPPORT: '#28b463', CONCEDE: '#5d6d7e',
  RETREAT: '#7f8c8d', INCIDENT: '#34495e',
};

export function colorOf(type) {
  return COLORS[type] || '#566573';
}
