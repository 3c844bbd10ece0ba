// Event nodes as diamonds: sigma's point program with a fragment shader that keeps the pixels inside a diamond,
// so an event never looks like an entity's disc, at any graph size (points are cheap for a software GPU too).
import { PausableNodePointProgram } from './pausable-node-programs.js';

// The same inputs and antialiasing as sigma's NodePointProgram fragment shader, with |x| + |y| as the distance.
const DIAMOND_FRAGMENT_SHADER = /* glsl */ `
precision mediump float;

varying vec4 v_color;
varying float v_border;

const vec4 transparent = vec4(0.0, 0.0, 0.0, 0.0);

void main(void) {
  vec2 m = gl_PointCoord - vec2(0.5, 0.5);
  float dist = 0.5 - (abs(m.x) + abs(m.y));

  #ifdef PICKING_MODE
  if (dist > v_border)
    gl_FragColor = v_color;
  else
    gl_FragColor = transparent;
  #else
  float t = 0.0;
  if (dist > v_border)
    t = 1.0;
  else if (dist > 0.0)
    t = dist / v_border;
  gl_FragColor = mix(transparent, v_color, t);
  #endif
}
`;

/** Diamond-shaped nodes (events), with the picking pass that pauses while a layout runs. */
export class NodeDiamondProgram extends PausableNodePointProgram {
  override getDefinition(): ReturnType<PausableNodePointProgram['getDefinition']> {
    return { ...super.getDefinition(), FRAGMENT_SHADER_SOURCE: DIAMOND_FRAGMENT_SHADER };
  }
}
