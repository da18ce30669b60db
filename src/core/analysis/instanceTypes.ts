/**
 * How AWS writes an instance type (`t3.small`, `m5.2xlarge`, `db.r6g.large`, `cache.t3.micro`):
 * an optional service prefix, a family of letters and a generation digit with its attributes, a
 * dot and a size. Such a value is AWS's name of a thing, not one of the user's: a hover asks the
 * notes about its family ("burstable T instances" for `t3`), though the catalog lists no values;
 * not about its size, a word ("small") every kind of note uses.
 * https://docs.aws.amazon.com/ec2/latest/instancetypes/instance-type-names.html
 */
const INSTANCE_TYPE = /^(?:[a-z]+\.)?([a-z]+\d[a-z0-9-]*)\.(?:nano|micro|small|medium|large|metal|\d*xlarge)$/;

/** The instance family and generation of an instance type (`t3` of `db.t3.small`), or undefined when the value is not one. */
export function instanceFamilyOf(value: string): string | undefined {
  return INSTANCE_TYPE.exec(value)?.[1];
}
